import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Group, Menu, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileIcon, NoteIcon } from '../../lib/icons';
import { documentLinkMarkdown } from '../documents/document-link';
import { ComposerDocumentsQuery, PairPeopleQuery } from './documents';
import { mentionQuery } from './feed';
import { outbox } from './outbox';
import { flushOutbox } from './sender';

function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes into the outbox first (so nothing typed is lost), then sends. */
export function Composer({ threadId, pairId, onTyping }: { threadId: string; pairId: string; onTyping?: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const hintId = useId();
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);
  const people = useQuery(PairPeopleQuery, { variables: { pairId } });
  const query = mentionQuery(body, caret);
  const matches = useMemo(() => {
    if (query === null) return [];
    const q = query.toLowerCase();
    return (people.data?.pairPeople ?? []).filter((p) => p.displayName.toLowerCase().includes(q)).slice(0, 6);
  }, [query, people.data]);
  const over = body.length - LIMITS.messageMaxLength;

  const send = () => {
    if (!body.trim() || over > 0) return;
    outbox.add({ clientId: newClientId(), threadId, body, writtenAt: new Date().toISOString(), state: 'sending' });
    setBody('');
    void flushOutbox(client);
  };

  const mention = (displayName: string) => {
    const before = body.slice(0, caret).replace(/@[^@]*$/, `@${displayName} `);
    const next = before + body.slice(caret);
    setBody(next);
    setCaret(before.length);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(before.length, before.length);
    });
  };

  const attach = (document: { id: string; title: string }) => {
    const link = documentLinkMarkdown(pairId, document);
    const at = Math.min(caret, body.length);
    const before = body.slice(0, at);
    const spacedBefore = before && !/\s$/.test(before) ? `${before} ` : before;
    const inserted = `${spacedBefore}${link} `;
    setBody(inserted + body.slice(at));
    setCaret(inserted.length);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(inserted.length, inserted.length);
    });
  };

  return (
    <Stack gap="xs" component="form" onSubmit={(event) => (event.preventDefault(), send())}>
      <Textarea
        ref={area}
        label={t('threads.composerLabel')}
        aria-describedby={hintId}
        value={body}
        autosize
        minRows={2}
        maxRows={8}
        error={over > 0 ? t('threads.tooLong', { count: over }) : undefined}
        onChange={(event) => {
          setBody(event.currentTarget.value);
          // At most one "typing" signal every 3 seconds.
          if (onTyping && Date.now() - lastTyping.current > 3000) {
            lastTyping.current = Date.now();
            onTyping();
          }
          setCaret(event.currentTarget.selectionStart ?? event.currentTarget.value.length);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            send();
          }
        }}
      />
      {matches.length > 0 && (
        <Group gap="xs" role="group" aria-label={t('threads.mentionList')}>
          {matches.map((person) => (
            <UnstyledButton key={person.id} className="mention-option" onClick={() => mention(person.displayName)}>
              @{person.displayName}
            </UnstyledButton>
          ))}
        </Group>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text id={hintId} size="xs" c="dimmed" style={{ flex: '1 1 200px' }}>
          {t('threads.composerHint')}
        </Text>
        <Group gap="xs" style={{ flex: 'none' }}>
          <AttachDocument pairId={pairId} onPick={attach} />
          <Button type="submit" mih={44} style={{ flex: 'none' }} disabled={!body.trim() || over > 0}>
            {t('threads.send')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** "Joindre un document": lists the pair's documents (loaded when opened) and inserts a link to the one picked. */
function AttachDocument({ pairId, onPick }: { pairId: string; onPick: (document: { id: string; title: string }) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { data, loading } = useQuery(ComposerDocumentsQuery, {
    variables: { pairId },
    skip: !opened,
    fetchPolicy: 'cache-and-network',
  });
  const documents = data?.pair?.documents ?? [];
  return (
    <Menu opened={opened} onChange={setOpened} position="top-start" withinPortal>
      <Menu.Target>
        <Button variant="default" mih={44} leftSection={<FileIcon />} style={{ flex: 'none' }}>
          {t('links.attachDocument')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }} maw="min(90vw, 420px)">
        <Menu.Label>{t('links.attachDocumentHint')}</Menu.Label>
        {loading && documents.length === 0 && <Menu.Item disabled>{t('links.loadingDocuments')}</Menu.Item>}
        {!loading && documents.length === 0 && <Menu.Item disabled>{t('links.noDocuments')}</Menu.Item>}
        {documents.map((document) => (
          <Menu.Item
            key={document.id}
            mih={44}
            leftSection={document.kind === 'NOTE' ? <NoteIcon /> : <FileIcon />}
            onClick={() => onPick(document)}
            style={{ overflowWrap: 'anywhere' }}
          >
            {document.title}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
