import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Group, Menu, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FileIcon, NoteIcon } from '../../lib/icons';
import { documentLinkMarkdown } from '../documents/document-link';
import { useMe } from '../identity/session';
import { ComposerDocumentsQuery, PairPeopleQuery } from './documents';
import { DRAFT_DELAY_MS, draftKeyOf, readDraft, writeDraft } from './drafts';
import { mentionQuery } from './feed';
import { outbox } from './outbox';
import { flushOutbox } from './sender';

function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Writes into the outbox first (so nothing typed is lost), then sends. What is being written is kept
 * as a draft per person and thread until it is sent. Typing @ opens a list of the pair's people, a
 * combobox: arrows move, Enter or Tab picks, Escape closes; Enter never sends while it is open.
 */
/** Writes a composer's own unsaved change of the draft, if it has one (see `dirty` in Composer). */
function writePending(dirty: RefObject<boolean>, latest: RefObject<string>, userId: string | undefined, threadId: string) {
  if (!dirty.current) return;
  dirty.current = false;
  writeDraft(userId, threadId, latest.current);
}

export function Composer({
  threadId,
  pairId,
  onTyping,
  onSent,
}: {
  threadId: string;
  pairId: string;
  onTyping?: () => void;
  /** After the person sent a message (online or not): it is in the outbox now. */
  onSent?: () => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { me } = useMe();
  const meId = me?.id;
  const hintId = useId();
  const listId = useId();
  const [body, setBody] = useState(() => readDraft(meId, threadId));
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  // The @ whose list the person closed with Escape: it stays closed until another @ is typed.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);
  const people = useQuery(PairPeopleQuery, { variables: { pairId } });
  const query = mentionQuery(body, caret);
  const mentionAt = query === null ? null : caret - query.length - 1;
  const matches = useMemo(() => {
    if (query === null) return [];
    const q = query.toLowerCase();
    // Never oneself: a mention tells someone else.
    return (people.data?.pairPeople ?? []).filter((p) => p.id !== meId && p.displayName.toLowerCase().includes(q)).slice(0, 6);
  }, [query, people.data, meId]);
  const listOpen = matches.length > 0 && mentionAt !== dismissedAt;
  const highlighted = listOpen ? Math.min(active, matches.length - 1) : -1;
  const optionId = (index: number) => `${listId}-option-${index}`;
  const over = body.length - LIMITS.messageMaxLength;

  // The draft: restored once the person is known (the session may load after the composer), then
  // written a moment after the last keystroke, and at once when the thread or the page is left.
  const draftKey = meId ? draftKeyOf(meId, threadId) : null;
  const [restoredKey, setRestoredKey] = useState(draftKey);
  if (draftKey !== null && restoredKey !== draftKey) {
    setRestoredKey(draftKey);
    const draft = readDraft(meId, threadId);
    if (draft) setBody((current) => current || draft);
  }
  const restored = draftKey !== null && restoredKey === draftKey;
  const latest = useRef(body);
  // Whether this composer holds a change of the person's not written yet. Only such a change is
  // written: a composer merely showing a draft (restored, or followed from another tab) never writes
  // it back, so a message sent from another tab does not come back as a draft when this one closes.
  const dirty = useRef(false);
  const edit = (next: string) => {
    dirty.current = true;
    setBody(next);
  };
  useEffect(() => {
    latest.current = body;
  }, [body]);
  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(() => writePending(dirty, latest, meId, threadId), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, meId, threadId, restored]);
  useEffect(() => {
    if (!restored) return;
    const flush = () => writePending(dirty, latest, meId, threadId);
    // Another tab wrote or cleared this draft (typed there, sent there): a composer with no change
    // of its own pending shows the same.
    const follow = (event: StorageEvent) => {
      if (event.storageArea !== localStorage || (event.key !== draftKey && event.key !== null) || dirty.current) return;
      setBody(event.key === null ? '' : (event.newValue ?? ''));
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('storage', follow);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('storage', follow);
      flush();
    };
  }, [meId, threadId, restored, draftKey]);

  const send = () => {
    if (!body.trim() || over > 0 || !meId) return;
    outbox.add({
      clientId: newClientId(),
      authorId: meId,
      threadId,
      body,
      writtenAt: new Date().toISOString(),
      state: 'sending',
    });
    setBody('');
    latest.current = '';
    dirty.current = false;
    writeDraft(meId, threadId, '');
    // A list closed with Escape was for the message just sent: the next one's @ opens it again.
    setDismissedAt(null);
    // The next keystroke starts a new message: the others see "écrit…" again at once (the one
    // shown for this message ends when it arrives).
    lastTyping.current = 0;
    onSent?.();
    void flushOutbox(client, meId);
  };

  const mention = (displayName: string) => {
    const before = body.slice(0, caret).replace(/@[^@]*$/, `@${displayName} `);
    const next = before + body.slice(caret);
    edit(next);
    setCaret(before.length);
    setActive(0);
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
    edit(inserted + body.slice(at));
    setCaret(inserted.length);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(inserted.length, inserted.length);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (listOpen) {
      const count = matches.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((highlighted + step + count) % count);
        return;
      }
      if (event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) {
        event.preventDefault();
        mention(matches[highlighted]!.displayName);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(mentionAt);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  };

  return (
    <Stack gap="xs" component="form" onSubmit={(event) => (event.preventDefault(), send())}>
      <div className="composer-field">
        {listOpen && (
          <ul id={listId} role="listbox" aria-label={t('threads.mentionList')} className="mention-list">
            {matches.map((person, index) => (
              <li
                key={person.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === highlighted}
                className="mention-option"
                // Keeps the focus (and the caret) in the message field.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => index !== highlighted && setActive(index)}
                onClick={() => mention(person.displayName)}
              >
                @{person.displayName}
              </li>
            ))}
          </ul>
        )}
        <Textarea
          ref={area}
          label={t('threads.composerLabel')}
          aria-describedby={hintId}
          role="combobox"
          aria-autocomplete="list"
          aria-haspopup="listbox"
          aria-expanded={listOpen}
          aria-controls={listOpen ? listId : undefined}
          aria-activedescendant={listOpen ? optionId(highlighted) : undefined}
          value={body}
          autosize
          minRows={2}
          maxRows={8}
          error={over > 0 ? t('threads.tooLong', { count: over }) : undefined}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const at = event.currentTarget.selectionStart ?? value.length;
            edit(value);
            setActive(0);
            // A list closed with Escape opens again at the next @.
            if (mentionQuery(value, at) === null) setDismissedAt(null);
            // At most one "typing" signal every 3 seconds.
            if (onTyping && Date.now() - lastTyping.current > 3000) {
              lastTyping.current = Date.now();
              onTyping();
            }
            setCaret(at);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
          onKeyDown={onKeyDown}
        />
      </div>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        {/* On a phone read to screen readers only: three lines there would push « Envoyer » off the screen. */}
        <Text id={hintId} size="xs" c="dimmed" className="composer-hint" style={{ flex: '1 1 200px' }}>
          {t('threads.composerHint')}
        </Text>
        {/* The two buttons wrap on a phone rather than pushing "Envoyer" off the screen. */}
        <Group gap="xs" justify="flex-end" style={{ flex: '0 1 auto', maxWidth: '100%' }}>
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
        <Button
          variant="default"
          mih={44}
          leftSection={<FileIcon />}
          style={{ flex: 'none' }}
          aria-label={t('links.attachDocument')}
        >
          {/* The short words on a phone, so the button stays on the line of « Envoyer ». */}
          <span className="label-long">{t('links.attachDocument')}</span>
          <span className="label-short">{t('threads.attachShort')}</span>
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
