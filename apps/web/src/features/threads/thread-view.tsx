import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../app/i18n';
import { useRealtime } from '../../app/realtime-context';
import { ErrorAlert, PageError } from '../../lib/error-alert';
import { formatAgendaDay, formatAgendaTime } from '../agenda/agenda-format';
import { useMe } from '../identity/session';
import { Composer } from './composer';
import {
  MarkReadMutation,
  SetThreadFollowingMutation,
  SignalPresenceMutation,
  ThreadEventsSubscription,
  ThreadPageQuery,
  ThreadReadersQuery,
  ThreadViewQuery,
} from './documents';
import { createRereader, mergeMessages, mustResubscribe } from './feed';
import { MessageItem } from './message-item';
import { outbox } from './outbox';
import { flushOutbox, onConfirmed, type FeedMessage } from './sender';

/**
 * One thread, live. The feed is local state merged by seq, so whatever path a message takes
 * (own send, live event, replay after a reconnect, a page loaded while scrolling up) it shows once,
 * in order. After every reconnect the subscription restarts from the last seq seen, and the messages
 * already shown are read again (the stream replays new messages only, not edits or deletions).
 */
export function ThreadView({
  threadId,
  pairId,
  focusSeq = null,
  onBack,
}: {
  threadId: string;
  pairId: string;
  /** Open the thread at this message (a link from a notification) rather than at the bottom. */
  focusSeq?: number | null;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const client = useApolloClient();
  const realtime = useRealtime();
  const { me } = useMe();
  const { data, error, refetch } = useQuery(ThreadViewQuery, { variables: { id: threadId }, fetchPolicy: 'network-only' });
  const readers = useQuery(ThreadReadersQuery, { variables: { id: threadId }, pollInterval: 15_000, skip: !data });
  const [extra, setExtra] = useState<FeedMessage[]>([]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [announce, setAnnounce] = useState('');
  const lastSeq = useRef(0);
  // The oldest seq shown: the re-read after a resubscribe starts there.
  const firstSeq = useRef(Infinity);
  // Where the live stream resumes: the last seq it (or the first page) delivered. Not lastSeq, which
  // also moves with this person's own messages confirmed over HTTP, past others not received yet.
  const streamSeq = useRef(0);
  const readSent = useRef(0);
  // How many times this view's subscriptions asked to read what is shown again (READY, RESYNC), and
  // the way to ask for such a read (set while subscribed).
  const rereadsAsked = useRef(0);
  const rereadShown = useRef<((upTo?: number) => void) | null>(null);
  const view = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const keepScroll = useRef<number | null>(null);
  const [markRead] = useMutation(MarkReadMutation);
  const [setFollowing, muteState] = useMutation(SetThreadFollowingMutation);
  const [signal] = useMutation(SignalPresenceMutation);
  const [presence, setPresence] = useState<Record<string, { name: string; typingUntil: number; presentUntil: number }>>({});
  const [now, setNow] = useState(() => Date.now());
  const thread = data?.thread;

  const add = useCallback((incoming: FeedMessage[]) => {
    if (incoming.length === 0) return;
    for (const message of incoming) {
      lastSeq.current = Math.max(lastSeq.current, message.seq);
      firstSeq.current = Math.min(firstSeq.current, message.seq);
    }
    setExtra((current) => mergeMessages(current, incoming));
  }, []);

  // The first page plus everything that arrived since (live, own sends, older pages).
  const messages = useMemo(() => mergeMessages(thread?.messages ?? [], extra), [thread, extra]);
  const hasOlder = (messages[0]?.seq ?? 1) > 1;
  // Where the person had stopped reading when the thread opened: the "nouveaux messages" divider.
  const firstUnreadSeq = useMemo(
    () => thread?.messages.find((m) => m.seq > thread.readSeq && m.author.id !== me?.id)?.seq ?? null,
    [thread, me?.id],
  );

  // The first page counts as delivered by the stream: the subscription resumes after it.
  useEffect(() => {
    for (const message of thread?.messages ?? []) {
      lastSeq.current = Math.max(lastSeq.current, message.seq);
      streamSeq.current = Math.max(streamSeq.current, message.seq);
      firstSeq.current = Math.min(firstSeq.current, message.seq);
    }
  }, [thread]);

  // Live events from the last seq seen, restarted after every reconnect. Keyed on the thread being
  // loaded, not on its data: a read position or an edit changing the cached thread must not
  // resubscribe (each resubscribe reads every shown message again).
  const loaded = Boolean(thread);
  useEffect(() => {
    if (!loaded) return;
    let subscription: { unsubscribe(): void } | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // What is shown, from the oldest loaded seq to the last one, read again after a resubscribe.
    const rereader = createRereader({
      range: () => (firstSeq.current <= lastSeq.current ? { from: firstSeq.current, to: lastSeq.current } : null),
      readPage: async (afterSeq, size) => {
        const result = await client.query({
          query: ThreadPageQuery,
          variables: { id: threadId, afterSeq, last: size },
          // The page goes to this view's feed only: a late answer (the view left, or a newer state
          // already shown) must not overwrite newer copies in the cache that other views read.
          fetchPolicy: 'no-cache',
        });
        return result.data?.thread?.messages ?? [];
      },
      onPage: add,
    });
    rereadShown.current = (upTo) => rereader.reread(upTo);
    const start = () => {
      subscription?.unsubscribe();
      // Everything after it is replayed by this subscription, read from the database after the server
      // registered it: only what is shown up to it may hold a stale copy.
      const afterSeq = streamSeq.current;
      subscription = client.subscribe({ query: ThreadEventsSubscription, variables: { threadId, afterSeq } }).subscribe({
        next: ({ data: event, error }) => {
          // The server ends a subscription that fell behind (or failed) with an error: resume from
          // the last seq received. Other errors (access lost, thread gone) end it for good.
          if (error) {
            if (mustResubscribe(error) && !stopped) retry = setTimeout(start, 500);
            return;
          }
          const e = event?.threadEvents;
          if (!e) return;
          if ((e.type === 'TYPING' || e.type === 'PRESENT') && e.user) {
            const who = e.user;
            if (who.id === me?.id) return;
            const at = Date.now();
            setPresence((current) => ({
              ...current,
              [who.id]: {
                name: who.displayName,
                presentUntil: at + 45_000,
                typingUntil: e.type === 'TYPING' ? at + 5_000 : (current[who.id]?.typingUntil ?? 0),
              },
            }));
            return;
          }
          if (e.type === 'READY' || e.type === 'RESYNC') {
            // READY: this subscription is live, after its replay of new messages. Edits and deletions
            // are not replayed: those made before it (while away, or between the page and the
            // subscription) come from reading the shown messages again, now, so that every change
            // is either in that read or comes live. RESYNC: live events may have been missed
            // (pub/sub was down): new messages were dispatched before it, edits and deletions not.
            rereadsAsked.current++;
            rereader.reread(e.type === 'READY' ? afterSeq : undefined);
            return;
          }
          if (e.message) {
            if (e.type === 'POSTED') streamSeq.current = Math.max(streamSeq.current, e.message.seq);
            add([e.message]);
            // The message they were typing has arrived: "X écrit…" ends now, not seconds later.
            const author = e.message.author.id;
            if (e.type === 'POSTED')
              setPresence((current) =>
                current[author]?.typingUntil ? { ...current, [author]: { ...current[author], typingUntil: 0 } } : current,
              );
            if (e.type === 'POSTED' && e.message.author.id !== me?.id) setAnnounce(t('threads.live'));
          }
        },
        error: () => {
          if (!stopped) retry = setTimeout(start, 2000);
        },
      });
    };
    start();
    let previous = realtime.getState();
    const off = realtime.subscribe(() => {
      const state = realtime.getState();
      if (previous === 'lost' && state === 'ok') start();
      previous = state;
    });
    const offConfirmed = onConfirmed((id, message) => id === threadId && add([message]));
    return () => {
      stopped = true;
      clearTimeout(retry);
      rereader.stop();
      rereadShown.current = null;
      subscription?.unsubscribe();
      off();
      offConfirmed();
    };
  }, [loaded, threadId, client, realtime, add, me?.id, t]);

  // "Here" every 20 s while the page is visible; a clock to let typing and presence fade.
  useEffect(() => {
    if (!thread) return;
    const beat = () =>
      document.visibilityState === 'visible' && void signal({ variables: { threadId, typing: false } }).catch(() => {});
    beat();
    const heartbeat = setInterval(beat, 20_000);
    const clock = setInterval(() => setNow(Date.now()), 2_000);
    return () => {
      clearInterval(heartbeat);
      clearInterval(clock);
    };
  }, [thread, threadId, signal]);

  // The read position moves only when the newest message is actually on screen.
  useEffect(() => {
    const target = bottom.current;
    if (!target || !thread) return;
    readSent.current = Math.max(readSent.current, thread.readSeq);
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry?.isIntersecting || document.visibilityState !== 'visible') return;
      if (lastSeq.current > readSent.current) {
        readSent.current = lastSeq.current;
        void markRead({ variables: { threadId, seq: lastSeq.current } }).catch(() => (readSent.current = 0));
      }
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [thread, threadId, markRead, messages]);

  const pending = useSyncExternalStore(outbox.subscribe.bind(outbox), () => outbox.all());
  const waiting = useMemo(
    () =>
      pending.filter(
        // Only this person's own entries: another person's, left unsent on this browser, are theirs.
        (item) =>
          item.authorId === me?.id &&
          item.threadId === threadId &&
          !messages.some((m) => m.clientId === item.clientId && m.author.id === me?.id),
      ),
    [pending, threadId, messages, me?.id],
  );

  // Once loaded, the view (sized to the window: feed, composer) is brought under the page's header,
  // so the latest messages and the composer are on screen at once, on a laptop as on a phone.
  useLayoutEffect(() => {
    if (loaded) view.current?.scrollIntoView?.({ block: 'start' });
  }, [loaded]);

  // Stay at the bottom when new messages come in, unless the person scrolled up to read; one's own
  // message (still in the outbox, offline too) always brings the feed down to it.
  const atBottom = useRef(true);
  const onSent = useCallback(() => {
    atBottom.current = true;
  }, []);
  // Messages that came in below while the person was reading above: a button says so and goes down.
  const [below, setBelow] = useState(0);
  const lastShown = useRef(0);
  useLayoutEffect(() => {
    const box = scroller.current;
    const newest = messages.at(-1)?.seq ?? 0;
    const arrived = lastShown.current > 0 ? messages.filter((m) => m.seq > lastShown.current).length : 0;
    lastShown.current = Math.max(lastShown.current, newest);
    if (!box) return;
    if (keepScroll.current !== null) {
      box.scrollTop = box.scrollHeight - keepScroll.current;
      keepScroll.current = null;
    } else if (atBottom.current) {
      box.scrollTop = box.scrollHeight;
    } else if (arrived > 0) {
      setBelow((n) => n + arrived);
    }
  }, [messages, waiting]);
  const toBottom = () => {
    const box = scroller.current;
    if (box) box.scrollTop = box.scrollHeight;
    atBottom.current = true;
    setBelow(0);
  };
  // The feed shrinks (the composer grows, the offline banner shows, the window or the keyboard
  // resizes it): a feed that was at the bottom stays there, the last message still in view. Shrinking
  // moves no scrollbar, so no scroll event has changed `atBottom` in between.
  useEffect(() => {
    const box = scroller.current;
    if (!loaded || !box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current && keepScroll.current === null) box.scrollTop = box.scrollHeight;
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [loaded]);

  const loadOlder = useCallback(async () => {
    if (loadingOlder || !hasOlder || messages.length === 0) return;
    setLoadingOlder(true);
    const rereadsBefore = rereadsAsked.current;
    try {
      const result = await client.query({
        query: ThreadPageQuery,
        variables: { id: threadId, beforeSeq: messages[0]!.seq },
        fetchPolicy: 'network-only',
      });
      const page = result.data?.thread?.messages ?? [];
      const box = scroller.current;
      keepScroll.current = box ? box.scrollHeight - box.scrollTop : null;
      add(page);
      // A subscription went live (READY) or resynced while this page was on its way: it may have been
      // read before, and that event's re-read did not cover it.
      if (rereadsAsked.current !== rereadsBefore && page.length > 0) rereadShown.current?.(page.at(-1)!.seq);
    } finally {
      setLoadingOlder(false);
    }
  }, [client, threadId, messages, hasOlder, loadingOlder, add]);

  // Bring the linked message into view (loading older pages until it is there) and mark it.
  const focused = useRef<number | null>(null);
  useEffect(() => {
    if (!focusSeq || focused.current === focusSeq || messages.length === 0) return;
    if (messages[0]!.seq > focusSeq && hasOlder) {
      const timer = setTimeout(() => void loadOlder(), 0);
      return () => clearTimeout(timer);
    }
    const target = scroller.current?.querySelector<HTMLElement>(`[data-seq="${focusSeq}"]`);
    if (!target) return;
    focused.current = focusSeq;
    atBottom.current = false;
    target.classList.add('message-focus');
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [focusSeq, messages, hasOlder, loadOlder]);

  if (error && !thread) return <PageError title={t('threads.listTitle')} error={error} onRetry={() => void refetch()} />;
  if (!thread) return <Loader aria-label={t('app.loading')} />;

  const last = messages.at(-1);
  const present = Object.values(presence).filter((p) => p.presentUntil > now);
  const typing = present.filter((p) => p.typingUntil > now).map((p) => p.name);
  const seenBy = (readers.data?.thread?.readers ?? thread.readers)
    .filter((r) => last && r.seq >= last.seq && r.user.id !== last.author.id)
    .map((r) => r.user.displayName);
  const statusOf = (message: FeedMessage) => {
    if (message !== last) return undefined;
    if (seenBy.length > 0) return t('threads.seenBy', { names: seenBy.join(', ') });
    return message.author.id === me?.id ? t('threads.sent') : undefined;
  };

  return (
    <Stack gap="sm" className="thread-view" ref={view}>
      <Group justify="space-between" wrap="wrap" className="thread-view-header">
        <Button variant="subtle" onClick={onBack} mih={44}>
          ← {t('threads.back')}
        </Button>
        <Button
          variant="default"
          mih={44}
          loading={muteState.loading}
          onClick={() => void setFollowing({ variables: { threadId, following: !thread.following } })}
        >
          {thread.following ? t('threads.mute') : t('threads.follow')}
        </Button>
      </Group>
      <Title order={2} size="h3">
        {thread.title}
      </Title>
      {thread.agendaItem && (
        <Text size="sm" data-testid="thread-about">
          {t('threads.aboutItem')}
          <Anchor component={Link} to={`/espaces/${pairId}/ordre-du-jour#moment-${thread.agendaItem.id}`}>
            {t('threads.aboutItemLink', {
              title: thread.agendaItem.title,
              day: formatAgendaDay(thread.agendaItem.day, locale),
              time: t('agenda.time', {
                start: formatAgendaTime(thread.agendaItem.startTime, locale),
                end: formatAgendaTime(thread.agendaItem.endTime, locale),
              }),
            })}
          </Anchor>
          {thread.agendaItem.deletedAt && ` ${t('threads.aboutItemCancelled')}`}
        </Text>
      )}
      <div
        ref={scroller}
        className="thread-feed"
        onScroll={(event) => {
          const box = event.currentTarget;
          atBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < 60;
          if (atBottom.current) setBelow(0);
          if (box.scrollTop < 40) void loadOlder();
        }}
      >
        {hasOlder && (
          <Group justify="center">
            <Button variant="subtle" size="sm" onClick={() => void loadOlder()} loading={loadingOlder}>
              {t('threads.loadOlder')}
            </Button>
          </Group>
        )}
        {messages.length === 0 && waiting.length === 0 && <Text c="dimmed">{t('threads.noMessages')}</Text>}
        <Stack gap={4} component="ol" className="thread-messages" aria-label={thread.title}>
          {messages.map((message) => (
            <li key={message.seq}>
              {message.seq === firstUnreadSeq && <Divider my="xs" label={t('threads.newMessages')} color="teal" />}
              <MessageItem
                message={message}
                mine={message.author.id === me?.id}
                status={statusOf(message)}
                onChanged={(m) => add([{ ...message, ...m }])}
              />
            </li>
          ))}
          {waiting.map((item) => (
            <li key={item.clientId} data-outbox={item.state}>
              <MessageItem
                message={{
                  id: item.clientId,
                  seq: -1,
                  clientId: item.clientId,
                  body: item.body,
                  createdAt: item.writtenAt,
                  author: { id: me?.id ?? '', displayName: me?.displayName ?? '' },
                }}
                mine={false}
                status={
                  item.state === 'sending'
                    ? t('threads.sending')
                    : item.refusedReason
                      ? t('threads.refused', { reason: t(`errors.${item.refusedReason}` as 'errors.unknown') })
                      : `${t('threads.notSent')} — ${t('threads.notSentHelp')}`
                }
                onChanged={() => {}}
              />
              {item.state === 'failed' && (
                <Group gap="xs" ml="xs">
                  {!item.refusedReason && (
                    <Button size="compact-sm" variant="light" mih={44} onClick={() => void flushOutbox(client, me?.id)}>
                      {t('threads.retry')}
                    </Button>
                  )}
                  <Button size="compact-sm" variant="subtle" color="gray" mih={44} onClick={() => outbox.remove(item.clientId)}>
                    {t('threads.discard')}
                  </Button>
                </Group>
              )}
            </li>
          ))}
        </Stack>
        <div ref={bottom} style={{ height: 1 }} />
        {below > 0 && (
          <Button className="thread-below" size="compact-md" radius="xl" mih={44} onClick={toBottom}>
            {t('threads.newBelow', { count: below })}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announce}
      </div>
      {muteState.error && <ErrorAlert error={muteState.error} />}
      <Text size="sm" c="dimmed" mih={20} aria-live="off">
        {typing.length > 0
          ? t('threads.typing', { names: typing.join(', '), count: typing.length })
          : present.length > 0
            ? t('threads.present', { names: present.map((p) => p.name).join(', ') })
            : ''}
      </Text>
      <Composer
        threadId={threadId}
        pairId={pairId}
        onTyping={() => void signal({ variables: { threadId, typing: true } }).catch(() => {})}
        onSent={onSent}
      />
    </Stack>
  );
}
