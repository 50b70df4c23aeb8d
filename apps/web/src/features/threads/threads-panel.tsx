import './threads.css';
import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { LIMITS, type Locale } from '@tandem/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRealtime } from '../../app/realtime-context';
import { formatDateTime } from '../../lib/dates';
import { ErrorAlert, PageError } from '../../lib/error-alert';
import { useMe } from '../identity/session';
import type { PairTabProps } from '../pairs/pair-tab-panels';
import { CreateThreadMutation, SearchMessagesQuery, ThreadsPanelQuery } from './documents';
import { outbox } from './outbox';
import { flushOutbox } from './sender';
import { ThreadView } from './thread-view';

/** Sends the outbox at start, when the browser is back online, when the socket is back, and every few seconds while something waits. */
function useOutboxFlusher() {
  const client = useApolloClient();
  const realtime = useRealtime();
  const meId = useMe().me?.id;
  useEffect(() => {
    // Only the signed-in person's own entries are sent (and none while the session is loading).
    const flush = () => void flushOutbox(client, meId);
    flush();
    window.addEventListener('online', flush);
    const off = realtime.subscribe(() => realtime.getState() === 'ok' && flush());
    const timer = setInterval(() => {
      if (outbox.of(meId).some((item) => !item.refusedReason)) flush();
    }, 5000);
    return () => {
      window.removeEventListener('online', flush);
      off();
      clearInterval(timer);
    };
  }, [client, realtime, meId]);
}

export function ThreadsPanel({ pairId }: PairTabProps) {
  const { t } = useTranslation();
  useOutboxFlusher();
  const [params, setParams] = useSearchParams();
  const threadId = params.get('fil');
  const open = (id: string | null) => setParams(id ? { fil: id } : {}, { replace: false });

  // A link to one message (from a notification) opens the thread there.
  const focusSeq = Number(params.get('message')) || null;
  if (threadId)
    return <ThreadView key={threadId} threadId={threadId} pairId={pairId} focusSeq={focusSeq} onBack={() => open(null)} />;
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('threads.listTitle')}
      </Title>
      <ThreadList pairId={pairId} onOpen={open} />
      <MessageSearch pairId={pairId} onOpen={open} />
    </Stack>
  );
}

function ThreadList({ pairId, onOpen }: { pairId: string; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data, error, refetch } = useQuery(ThreadsPanelQuery, {
    variables: { pairId },
    fetchPolicy: 'cache-and-network',
    pollInterval: 20_000,
  });
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [creating, setCreating] = useState(false);
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [create, createState] = useMutation(CreateThreadMutation);
  if (error && !data) return <PageError title={t('threads.listTitle')} error={error} onRetry={() => void refetch()} />;
  if (!data?.pair) return <Loader aria-label={t('app.loading')} />;
  const threads = data.pair.threads.filter((thread) => !onlyUnread || thread.unreadCount > 0);
  const label = (theme: { labelFr: string; labelEn: string }) => (locale === 'en' ? theme.labelEn : theme.labelFr);

  const submit = async () => {
    const result = await create({ variables: { input: { pairId, title, themeCode: theme || null } } }).catch(() => null);
    if (result?.data) {
      setCreating(false);
      setTitle('');
      await refetch();
      onOpen(result.data.createThread.id);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Switch
          label={t('threads.onlyUnread')}
          checked={onlyUnread}
          onChange={(event) => setOnlyUnread(event.currentTarget.checked)}
        />
        {!creating && (
          <Button mih={44} onClick={() => setCreating(true)}>
            {t('threads.newThread')}
          </Button>
        )}
      </Group>
      {creating && (
        <Paper withBorder p="md" component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
          <Stack gap="sm">
            <TextInput
              label={t('threads.newThreadTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={LIMITS.threadTitleMaxLength}
              required
              data-autofocus
            />
            <NativeSelect
              label={t('threads.newThreadTheme')}
              value={theme}
              onChange={(e) => setTheme(e.currentTarget.value)}
              data={[
                { value: '', label: t('threads.noTheme') },
                ...data.pair.themes.map((th) => ({ value: th.code, label: label(th) })),
              ]}
            />
            {createState.error && <ErrorAlert error={createState.error} />}
            <Group gap="xs">
              <Button type="submit" mih={44} loading={createState.loading} disabled={!title.trim()}>
                {t('threads.create')}
              </Button>
              <Button variant="subtle" mih={44} onClick={() => setCreating(false)}>
                {t('threads.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {threads.length === 0 && !creating && <Text c="dimmed">{t('threads.empty')}</Text>}
      <Stack gap="xs" component="ul" className="thread-list">
        {threads.map((thread) => (
          <li key={thread.id}>
            <UnstyledButton className="thread-row" onClick={() => onOpen(thread.id)} w="100%" mih={44} p="sm">
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={2}>
                  <Text fw={600}>{thread.title}</Text>
                  <Text size="xs" c="dimmed">
                    {thread.theme ? `${label(thread.theme)} · ` : ''}
                    {t('threads.lastActivity', { date: formatDateTime(thread.lastActivityAt, locale) })}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  {thread.muted && (
                    <Badge variant="outline" color="gray">
                      {t('threads.muted')}
                    </Badge>
                  )}
                  {thread.unreadCount > 0 && <Badge color="teal">{t('threads.unread', { count: thread.unreadCount })}</Badge>}
                </Group>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function MessageSearch({ pairId, onOpen }: { pairId: string; onOpen: (threadId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [search, { data, error, loading, variables }] = useLazyQuery(SearchMessagesQuery);
  const results = data?.searchMessages;
  return (
    <Stack
      gap="xs"
      component="form"
      role="search"
      onSubmit={(event) => (event.preventDefault(), query.trim().length >= 2 && void search({ variables: { pairId, query } }))}
    >
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('threads.searchLabel')}
          placeholder={t('threads.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          maxLength={100}
        />
        <Button type="submit" mih={44} loading={loading} variant="default">
          {t('threads.search')}
        </Button>
      </Group>
      {error && <ErrorAlert error={error} />}
      {results && (
        <Text size="sm" role="status">
          {results.length === 0
            ? t('threads.searchNone', { query: variables?.query ?? '' })
            : t('threads.searchResults', { count: results.length })}
        </Text>
      )}
      {results?.map((m) => (
        <UnstyledButton key={m.id} onClick={() => onOpen(m.threadId)} p="xs" mih={44} className="thread-row">
          <Text size="xs" c="dimmed">
            {t('threads.author', { name: m.author.displayName, date: formatDateTime(m.createdAt, i18n.language as Locale) })}
          </Text>
          <Text size="sm" lineClamp={2}>
            {m.body}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
