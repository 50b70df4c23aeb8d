import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, Group, Select, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { DocumentKind } from '../../gql/graphql';
import { ErrorAlert } from '../../lib/error-alert';
import type { PairTabProps } from '../pairs/pair-tab-panels';
import { DocumentCard } from './document-card';
import { NoteBodyField } from './note-editor';
import { UploadZone } from './upload-zone';

const DocumentsPanelQuery = graphql(`
  query DocumentsPanel($pairId: ID!, $filter: DocumentFilter) {
    pair(id: $pairId) {
      id
      themes {
        code
        labelFr
        labelEn
      }
      documents(filter: $filter) {
        id
        ...DocumentCard_Document
      }
    }
  }
`);

// Ids only arrive: a document event makes the list load again (and re-checks access on the server).
const DocumentsActivitySubscription = graphql(`
  subscription DocumentsActivity($pairId: ID!) {
    pairActivity(pairId: $pairId) {
      type
      pairId
    }
  }
`);

const CreateNoteMutation = graphql(`
  mutation CreateNote($input: CreateNoteInput!) {
    createNote(input: $input) {
      id
      version
    }
  }
`);

type KindFilter = 'ALL' | DocumentKind;

/** The Documents tab: drop zone, filters by kind and theme, the list, and a new note. */
export function DocumentsPanel({ pairId }: PairTabProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [kind, setKind] = useState<KindFilter>('ALL');
  const [themeCode, setThemeCode] = useState<string | null>(null);
  const [uploadTheme, setUploadTheme] = useState<string | null>(null);
  const [uploadTitle, setUploadTitle] = useState('');
  const [writing, setWriting] = useState(false);
  // `?document=<id>` (a link from a message, a lesson or an agenda item) opens on that document.
  const [searchParams] = useSearchParams();
  const highlighted = searchParams.get('document');
  const filter = { ...(kind !== 'ALL' ? { kind } : {}), ...(themeCode ? { themeCode } : {}) };
  const { data, error, refetch } = useQuery(DocumentsPanelQuery, { variables: { pairId, filter } });
  useSubscription(DocumentsActivitySubscription, {
    variables: { pairId },
    onData: ({ data: event }) => {
      if (event.data?.pairActivity.type.startsWith('DOCUMENT_')) void refetch();
    },
  });
  const themes = data?.pair?.themes ?? [];
  const themeOptions = themes.map((theme) => ({
    value: theme.code,
    label: i18n.resolvedLanguage === 'en' ? theme.labelEn : theme.labelFr,
  }));
  const documents = data?.pair?.documents ?? [];
  const filtered = kind !== 'ALL' || themeCode !== null;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={2} size="h3" id={headingId}>
          {t('documents.title')}
        </Title>
        <Text mt="xs" size="sm">
          {t('documents.intro')}
        </Text>
      </div>

      <UploadZone
        url={`/api/pairs/${pairId}/documents`}
        fields={{ title: uploadTitle.trim(), themeCode: uploadTheme ?? '' }}
        onUploaded={() => {
          setUploadTitle('');
          void refetch();
        }}
      >
        <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('documents.titleLabel')}
            value={uploadTitle}
            onChange={(e) => setUploadTitle(e.currentTarget.value)}
            maxLength={LIMITS.documentTitleMaxLength}
            miw={200}
          />
          <Select
            label={t('documents.themeLabel')}
            data={themeOptions}
            value={uploadTheme}
            onChange={setUploadTheme}
            clearable
            placeholder={t('documents.noTheme')}
            miw={200}
          />
        </Group>
      </UploadZone>

      {writing ? (
        <NewNote pairId={pairId} themeOptions={themeOptions} onClose={() => setWriting(false)} onCreated={() => void refetch()} />
      ) : (
        <Group>
          <Button variant="default" mih={44} onClick={() => setWriting(true)}>
            {t('documents.newNote')}
          </Button>
        </Group>
      )}

      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${headingId}-kind`}>
            {t('documents.filterKind')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${headingId}-kind`}
            value={kind}
            onChange={(value) => setKind(value as KindFilter)}
            data={[
              { value: 'ALL', label: t('documents.allKinds') },
              { value: 'FILE', label: t('documents.kinds.FILE') },
              { value: 'NOTE', label: t('documents.kinds.NOTE') },
            ]}
          />
        </Stack>
        <Select
          label={t('documents.filterTheme')}
          data={themeOptions}
          value={themeCode}
          onChange={setThemeCode}
          clearable
          placeholder={t('documents.allThemes')}
          miw={220}
        />
      </Group>

      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && documents.length === 0 && <Text c="dimmed">{filtered ? t('documents.emptyFiltered') : t('documents.empty')}</Text>}
      <Stack gap="md" aria-label={t('documents.listLabel')}>
        {documents.map((document) => (
          <DocumentCard
            key={document.id}
            document={document}
            highlighted={document.id === highlighted}
            onChanged={() => void refetch()}
          />
        ))}
      </Stack>
    </Stack>
  );
}

function NewNote({
  pairId,
  themeOptions,
  onClose,
  onCreated,
}: {
  pairId: string;
  themeOptions: { value: string; label: string }[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [themeCode, setThemeCode] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CreateNoteMutation);

  return (
    <Card
      withBorder
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) return setTitleError(t('documents.errors.TITLE_REQUIRED'));
        setTitleError(undefined);
        setError(null);
        void create({ variables: { input: { pairId, title, body, themeCode } } }).then(
          () => {
            onCreated();
            onClose();
          },
          (caught: unknown) => setError(caught),
        );
      }}
    >
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        <TextInput
          label={t('documents.noteTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          error={titleError}
          maxLength={LIMITS.documentTitleMaxLength}
        />
        <Select
          label={t('documents.themeLabel')}
          data={themeOptions}
          value={themeCode}
          onChange={setThemeCode}
          clearable
          placeholder={t('documents.noTheme')}
        />
        <NoteBodyField value={body} onChange={setBody} />
        <Group gap="sm">
          <Button type="submit" mih={44} loading={loading}>
            {t('documents.save')}
          </Button>
          <Button variant="default" mih={44} onClick={onClose}>
            {t('documents.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
