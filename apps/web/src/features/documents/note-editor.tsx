import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Group, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { Markdown } from './markdown';

const UpdateNoteMutation = graphql(`
  mutation UpdateNote($input: UpdateNoteInput!) {
    updateNote(input: $input) {
      id
      version
      title
      updatedAt
      latest {
        id
        body
      }
    }
  }
`);

interface Current {
  version: number;
  title: string;
  body: string;
  author: { displayName: string } | null;
}

function conflictOf(error: unknown): Current | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (first?.extensions?.code !== 'CONFLICT') return null;
  return (first.extensions.current as Current | undefined) ?? null;
}

/** Writes a note: markdown on one tab, its rendering on the other; a stale save shows both texts side by side. */
export function NoteEditor({
  note,
  onClose,
}: {
  note: { id: string; version: number; title: string; body: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(note.title);
  const [body, setBody] = useState(note.body);
  const [expectedVersion, setExpectedVersion] = useState(note.version);
  const [conflict, setConflict] = useState<Current | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UpdateNoteMutation);

  const submit = async (text: string, version: number) => {
    setError(null);
    try {
      await save({ variables: { input: { id: note.id, expectedVersion: version, title, body: text } } });
      setConflict(null);
      onClose();
    } catch (caught) {
      const current = conflictOf(caught);
      if (current) {
        setConflict(current);
        setExpectedVersion(current.version);
      } else setError(caught);
    }
  };

  if (conflict) {
    return (
      <Stack gap="md">
        <Alert color="amber" variant="light" role="alert">
          <Text fw={600}>{t('documents.conflictTitle')}</Text>
          <Text size="sm">{t('documents.conflictHint')}</Text>
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap="xs">
            <Title order={4}>{t('documents.yourText')}</Title>
            <Textarea
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={6}
              aria-label={t('documents.yourText')}
            />
            <Button mih={44} loading={loading} onClick={() => void submit(body, conflict.version)}>
              {t('documents.keepMine')}
            </Button>
          </Stack>
          <Stack gap="xs">
            <Title order={4}>
              {t('documents.theirText', { version: conflict.version, author: conflict.author?.displayName ?? '' })}
            </Title>
            <Textarea
              value={conflict.body}
              readOnly
              autosize
              minRows={6}
              aria-label={t('documents.theirText', { version: conflict.version, author: conflict.author?.displayName ?? '' })}
            />
            <Button
              mih={44}
              variant="default"
              onClick={() => {
                setBody(conflict.body);
                setConflict(null);
              }}
            >
              {t('documents.takeTheirs')}
            </Button>
          </Stack>
        </SimpleGrid>
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit(body, expectedVersion);
      }}
    >
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        <TextInput
          label={t('documents.noteTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          maxLength={LIMITS.documentTitleMaxLength}
        />
        <NoteBodyField value={body} onChange={setBody} />
        <Group gap="sm">
          <Button type="submit" mih={44} loading={loading}>
            {t('documents.save')}
          </Button>
          <Button variant="default" mih={44} onClick={onClose}>
            {t('documents.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The markdown text and its preview, on two tabs so it fits a phone. */
export function NoteBodyField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="write" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="write" mih={44}>
          {t('documents.write')}
        </Tabs.Tab>
        <Tabs.Tab value="preview" mih={44}>
          {t('documents.notePreview')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={t('documents.noteBody')}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={8}
          maxLength={LIMITS.noteMaxLength}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Markdown>{value}</Markdown>
      </Tabs.Panel>
    </Tabs>
  );
}
