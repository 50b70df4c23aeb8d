// @vitest-environment jsdom
import '../../app/i18n';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { Observable, type Subscriber } from 'rxjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RealtimeProvider } from '../../app/realtime-context';
import type { ConnectionState, Realtime } from '../../app/realtime';
import { outbox } from './outbox';
import { ThreadView } from './thread-view';
import { installJsdomShims } from '../../lib/jsdom-shims';

beforeAll(installJsdomShims);

/** The feed's scroll box as a browser would measure it (jsdom lays nothing out): 1,000 px of content. */
function fakeScroll(feed: HTMLElement, clientHeight: () => number): { top: number } {
  const scroll = { top: 0 };
  Object.defineProperty(feed, 'scrollHeight', { configurable: true, get: () => 1000 });
  Object.defineProperty(feed, 'clientHeight', { configurable: true, get: clientHeight });
  Object.defineProperty(feed, 'scrollTop', { configurable: true, get: () => scroll.top, set: (v: number) => (scroll.top = v) });
  return scroll;
}

const ME = { __typename: 'User', id: 'me', email: 'me@x', displayName: 'Moi', role: 'BENEFICIARY', locale: 'fr', ptce: null };
const OTHER = { __typename: 'User', id: 'other', displayName: 'Autre' };
type Msg = {
  __typename: 'Message';
  id: string;
  seq: number;
  clientId: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  author: typeof OTHER;
};
const msg = (seq: number, body = `m${seq}`, extra: Partial<Msg> = {}): Msg => ({
  __typename: 'Message',
  id: `id${seq}`,
  seq,
  clientId: `c${seq}`,
  body,
  createdAt: '2026-03-01T10:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  author: OTHER,
  ...extra,
});

function harness(initial: Msg[]) {
  const db = new Map(initial.map((m) => [m.seq, m]));
  const pageReads: { afterSeq?: number; beforeSeq?: number; last?: number; resolve?: () => void }[] = [];
  const subs: { afterSeq: number; observer: Subscriber<ApolloLink.Result>; closed: boolean }[] = [];
  let holdPages = false;
  // Like the server, each subscription says READY once live (after its replay); held on demand.
  let holdReady = false;
  const readyLater: (() => void)[] = [];
  let readSeq = 0;
  const link = new ApolloLink(
    (op) =>
      new Observable<ApolloLink.Result>((observer) => {
        const v = op.variables as Record<string, number | undefined>;
        const reply = (data: unknown) => {
          observer.next({ data } as ApolloLink.Result);
          observer.complete();
        };
        const threadBase = { __typename: 'Thread', id: 't1' };
        switch (op.operationName) {
          case 'Me':
            return reply({ me: ME });
          case 'ThreadView': {
            const all = [...db.values()].sort((a, b) => a.seq - b.seq);
            return reply({
              thread: {
                ...threadBase,
                pairId: 'p1',
                title: 'Fil',
                lastSeq: all.at(-1)?.seq ?? 0,
                readSeq,
                muted: false,
                following: true,
                theme: null,
                agendaItem: null,
                readers: [],
                messages: all.slice(-30),
              },
            });
          }
          case 'ThreadReaders':
            return reply({ thread: { ...threadBase, readers: [] } });
          case 'ThreadPage': {
            // The page is read from the "database" when the request arrives (like the server would).
            const all = [...db.values()].sort((a, b) => a.seq - b.seq).map((m) => ({ ...m }));
            const size = v.last ?? 30;
            const page =
              v.afterSeq != null
                ? all.filter((m) => m.seq > v.afterSeq!).slice(0, size)
                : all.filter((m) => v.beforeSeq == null || m.seq < v.beforeSeq).slice(-size);
            const entry = {
              afterSeq: v.afterSeq,
              beforeSeq: v.beforeSeq,
              last: v.last,
              resolve: () => reply({ thread: { ...threadBase, messages: page } }),
            };
            pageReads.push(entry);
            if (!holdPages) entry.resolve();
            return;
          }
          case 'ThreadEvents': {
            const s = { afterSeq: v.afterSeq ?? 0, observer, closed: false };
            subs.push(s);
            const ready = () =>
              !s.closed &&
              observer.next({
                data: { threadEvents: { __typename: 'ThreadEvent', type: 'READY', user: null, message: null } },
              } as ApolloLink.Result);
            if (holdReady) readyLater.push(ready);
            else setTimeout(ready, 0);
            return () => {
              s.closed = true;
            };
          }
          case 'SignalPresence':
            return reply({ signalPresence: true });
          case 'MarkRead':
            readSeq = v.seq ?? 0;
            return reply({ markRead: { ...threadBase, readSeq, unreadCount: 0 } });
          default:
            observer.error(new Error(`unexpected ${op.operationName}`));
        }
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  let state: ConnectionState = 'ok';
  const listeners = new Set<() => void>();
  const realtime: Realtime = {
    link,
    restart() {},
    whileSigningOut: (a) => a(),
    onSessionEnded: () => () => {},
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    getState: () => state,
  };
  const setState = (s: ConnectionState) => {
    state = s;
    listeners.forEach((l) => l());
  };
  const live = () => subs.filter((s) => !s.closed);
  const push = (type: string, m: Msg | null) =>
    live().forEach((s) =>
      s.observer.next({
        data: { threadEvents: { __typename: 'ThreadEvent', type, user: null, message: m } },
      } as ApolloLink.Result),
    );
  const holdReadyEvents = (h: boolean) => {
    holdReady = h;
    if (!h) readyLater.splice(0).forEach((ready) => ready());
  };
  return {
    db,
    client,
    realtime,
    setState,
    subs,
    live,
    push,
    pageReads,
    hold: (h: boolean) => (holdPages = h),
    holdReady: holdReadyEvents,
  };
}

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  container?.remove();
  root = undefined;
});

async function mount(h: ReturnType<typeof harness>, strict: boolean) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const tree: ReactNode = (
    <MantineProvider>
      <MemoryRouter>
        <RealtimeProvider realtime={h.realtime}>
          <ApolloProvider client={h.client}>
            <ThreadView threadId="t1" pairId="p1" onBack={() => {}} />
          </ApolloProvider>
        </RealtimeProvider>
      </MemoryRouter>
    </MantineProvider>
  );
  await act(async () => root!.render(strict ? <StrictMode>{tree}</StrictMode> : tree));
  await flush();
}
/** The connection drops and comes back; the re-read that follows is asked, its answer held. */
const reconnectWithTheReadHeld = async (h: ReturnType<typeof harness>) => {
  await act(async () => h.setState('lost'));
  h.hold(true);
  await act(async () => h.setState('ok'));
  await flush();
};
/** The re-read of the page once the first subscription is live (READY), then forgotten. */
const opened = (h: ReturnType<typeof harness>) => {
  expect(h.pageReads.map((r) => r.afterSeq)).toEqual([0]);
  h.pageReads.length = 0;
};
const flush = async () => {
  for (let i = 0; i < 5; i++)
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
};
const bodies = () =>
  [...container!.querySelectorAll('ol.thread-messages > li:not([data-outbox]) article')].map((a) => a.textContent ?? '');

describe('ThreadView: reading the shown messages again after a resubscribe', () => {
  it('opening the thread: one subscription, and one re-read once it is live (READY)', async () => {
    const h = harness([msg(1), msg(2), msg(3)]);
    await mount(h, false);
    expect(h.subs).toHaveLength(1);
    expect(h.pageReads.map((r) => r.afterSeq)).toEqual([0]);
  });

  it('opening under StrictMode (dev): still one subscription and one re-read', async () => {
    const h = harness([msg(1), msg(2), msg(3)]);
    await mount(h, true);
    expect({ subs: h.subs.length, live: h.live().length, rereads: h.pageReads.filter((r) => r.afterSeq != null).length }).toEqual(
      { subs: 1, live: 1, rereads: 1 },
    );
  });

  it('an edit saved between the page and the subscription going live is shown (opening, and after a reconnect)', async () => {
    const h = harness([msg(1), msg(2, 'code 4521')]);
    h.holdReady(true);
    await mount(h, false);
    // Shown, subscribed, not live yet: the message is edited now, and its EDITED goes to nobody.
    h.db.set(2, msg(2, 'm2 edited', { editedAt: '2026-03-01T10:05:00.000Z' }));
    await act(async () => h.holdReady(false));
    await flush();
    expect(bodies().join('|')).toContain('m2 edited');
    expect(bodies().join('|')).not.toContain('4521');
    // The same after a reconnect: subscribed again, not live yet, a deletion.
    h.holdReady(true);
    await act(async () => h.setState('lost'));
    await act(async () => h.setState('ok'));
    await flush();
    h.db.set(1, msg(1, '', { deletedAt: '2026-03-01T10:06:00.000Z' }));
    await act(async () => h.holdReady(false));
    await flush();
    expect(container!.textContent).toContain('Message supprimé');
  });

  it('after a reconnect, an edit and a deletion made while away are shown; exactly one re-read from the oldest shown', async () => {
    const h = harness([msg(1), msg(2), msg(3, 'code 4521')]);
    await mount(h, false);
    opened(h);
    await act(async () => h.setState('lost'));
    h.db.set(2, msg(2, 'm2 edited', { editedAt: '2026-03-01T10:05:00.000Z' }));
    h.db.set(3, msg(3, '', { deletedAt: '2026-03-01T10:06:00.000Z' }));
    await act(async () => h.setState('ok'));
    await flush();
    expect(h.pageReads.map((r) => r.afterSeq)).toEqual([0]);
    expect(h.subs).toHaveLength(2);
    expect(bodies().join('|')).toContain('m2 edited');
    expect(bodies().join('|')).not.toContain('4521');
  });

  it('a live edit arriving while the re-read is in flight is not undone by the older page', async () => {
    const h = harness([msg(1), msg(2)]);
    await mount(h, false);
    opened(h);
    await reconnectWithTheReadHeld(h);
    expect(h.pageReads).toHaveLength(1); // page read with m2 unedited, answer held
    const edited = msg(2, 'm2 edited live', { editedAt: '2026-03-01T10:05:00.000Z' });
    h.db.set(2, edited);
    await act(async () => h.push('EDITED', edited));
    await flush();
    await act(async () => h.pageReads[0]!.resolve!());
    await flush();
    expect(bodies().join('|')).toContain('m2 edited live');
  });

  it('a markRead (the cached thread changes) does not resubscribe', async () => {
    const h = harness([msg(1), msg(2)]);
    await mount(h, false);
    opened(h);
    await act(async () => {
      await h.client.mutate({ mutation: (await import('./documents')).MarkReadMutation, variables: { threadId: 't1', seq: 2 } });
    });
    await flush();
    expect(h.subs).toHaveLength(1);
    expect(h.pageReads).toHaveLength(0);
  });

  it('a re-read page that arrives after the view was left and reopened puts no deleted words back', async () => {
    const h = harness([msg(1), msg(2, 'code du portail 4521')]);
    await mount(h, false);
    opened(h);
    await reconnectWithTheReadHeld(h);
    expect(h.pageReads).toHaveLength(1); // read before the deletion, answer still on its way
    // The person goes back to the list (the view unmounts: rereader.stop()), the message is deleted, the person reopens the thread.
    await act(async () => root!.unmount());
    container!.remove();
    h.hold(false);
    h.db.set(2, msg(2, '', { deletedAt: '2026-03-01T10:06:00.000Z' }));
    await mount(h, false);
    expect(bodies().join('|')).not.toContain('4521');
    // The old view's page arrives now: stop() keeps it out of the old feed, and it is not written to the cache.
    await act(async () => h.pageReads[0]!.resolve!());
    await flush();
    expect(bodies().join('|')).not.toContain('4521');
  });

  it('300 shown messages: one reconnect reads them in 3 pages', async () => {
    const h = harness([msg(1)]);
    await mount(h, false);
    opened(h);
    for (let seq = 2; seq <= 300; seq++) h.db.set(seq, msg(seq));
    await act(async () => {
      for (let seq = 2; seq <= 300; seq++) h.push('POSTED', h.db.get(seq)!);
    });
    await flush();
    expect(container!.querySelectorAll('ol.thread-messages article').length).toBe(300);
    await act(async () => h.setState('lost'));
    await act(async () => h.setState('ok'));
    await flush();
    await flush();
    await flush();
    expect(h.pageReads.map((r) => r.afterSeq)).toEqual([0, 100, 200]);
  }, 60_000);

  it('FELL_BEHIND: resubscribes from the last seq and re-reads once; RESYNC re-reads once more', async () => {
    const h = harness([msg(1), msg(2)]);
    await mount(h, false);
    opened(h);
    h.db.set(2, msg(2, 'm2 edited', { editedAt: '2026-03-01T10:05:00.000Z' }));
    await act(async () => {
      h.live()[0]!.observer.next({ errors: [{ message: 'fell behind', extensions: { reason: 'FELL_BEHIND' } }] } as never);
      h.live()[0]!.observer.complete();
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 600));
    });
    await flush();
    expect(h.subs.map((s) => s.afterSeq)).toEqual([2, 2]);
    expect(h.pageReads.map((r) => r.afterSeq)).toEqual([0]);
    expect(bodies().join('|')).toContain('m2 edited');
    h.db.set(1, msg(1, '', { deletedAt: '2026-03-01T10:06:00.000Z' }));
    await act(async () => h.push('RESYNC', null));
    await flush();
    expect(h.pageReads.map((r) => r.afterSeq)).toEqual([0, 0]);
    expect(container!.textContent).toContain('Message supprimé');
  });
});

describe('ThreadView: what the re-read on READY covers', () => {
  it('a reconnect after a long absence re-reads what was shown before, not the replayed backlog again', async () => {
    const h = harness(Array.from({ length: 30 }, (_, i) => msg(i + 1)));
    await mount(h, false);
    opened(h);
    await act(async () => h.setState('lost'));
    // While away (a night, a busy thread): 500 new messages.
    for (let seq = 31; seq <= 530; seq++) h.db.set(seq, msg(seq));
    h.holdReady(true);
    await act(async () => h.setState('ok'));
    await flush();
    expect(h.live().map((s) => s.afterSeq)).toEqual([30]);
    // The server replays them (read from the database just now, after it registered the
    // subscription: any later change of them comes live), then says READY.
    await act(async () => {
      for (let seq = 31; seq <= 530; seq++) h.push('POSTED', h.db.get(seq)!);
    });
    await act(async () => h.holdReady(false));
    await flush();
    expect(bodies()).toHaveLength(530);
    // Only the 30 shown before the subscription can hold a stale copy: one page. The commit reads
    // the 500 it was just sent again too (6 pages; a 10,000-message backlog would be 100).
    expect(h.pageReads.map((r) => r.afterSeq)).toEqual([0]);
  });

  it('an older page read before the subscription is live but answered after READY shows no stale text', async () => {
    // 40 messages: the first page shows 11..40, so there are older ones.
    const h = harness(Array.from({ length: 40 }, (_, i) => msg(i + 1)));
    h.holdReady(true);
    await mount(h, false);
    // The person scrolls up at once (or a notification's link loads older pages): the older page is
    // read now, and its answer is slow.
    h.hold(true);
    const older = [...container!.querySelectorAll('button')].find((b) => b.textContent?.includes('Messages plus anciens'))!;
    expect(older).toBeDefined();
    await act(async () => older.click());
    await flush();
    const olderRead = h.pageReads.find((r) => r.beforeSeq != null)!;
    expect(olderRead.beforeSeq).toBe(11);
    h.hold(false);
    // Message 5 is edited before the server has registered the subscription: no event for it.
    h.db.set(5, msg(5, 'm5 edited', { editedAt: '2026-03-01T10:05:00.000Z' }));
    // READY: the view reads again what it shows now (11..40).
    await act(async () => h.holdReady(false));
    await flush();
    expect(h.pageReads.filter((r) => r.afterSeq != null).map((r) => r.afterSeq)).toEqual([10]);
    // Then the older page arrives, read before the edit.
    await act(async () => olderRead.resolve!());
    await flush();
    expect(bodies().join('|')).toContain('m5 edited');
  });
});

describe('ThreadView: who is typing, and one’s own message', () => {
  const event = (h: ReturnType<typeof harness>, type: string, user: typeof OTHER | null, message: Msg | null) =>
    act(async () =>
      h
        .live()
        .forEach((s) =>
          s.observer.next({ data: { threadEvents: { __typename: 'ThreadEvent', type, user, message } } } as ApolloLink.Result),
        ),
    );

  it('« X écrit… » ends as soon as a message from X arrives', async () => {
    const h = harness([msg(1)]);
    await mount(h, false);
    await event(h, 'TYPING', OTHER, null);
    expect(container!.textContent).toContain('Autre écrit…');
    h.db.set(2, msg(2, 'voilà'));
    await event(h, 'POSTED', null, h.db.get(2)!);
    await flush();
    expect(bodies().join('|')).toContain('voilà');
    expect(container!.textContent).not.toContain('écrit…');
    // Still shown as here.
    expect(container!.textContent).toContain('Ici : Autre');
  });

  it('sending brings the feed down to the new (pending) message, even when scrolled up', async () => {
    const h = harness([msg(1), msg(2), msg(3)]);
    await mount(h, false);
    const feed = container!.querySelector<HTMLElement>('.thread-feed')!;
    const scroll = fakeScroll(feed, () => 200);
    // The person scrolled up to read (not near the top: no older page is asked).
    scroll.top = 300;
    await act(async () => feed.dispatchEvent(new Event('scroll')));
    const area = container!.querySelector('textarea')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, 'Je suis dans le train');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    expect(container!.querySelector('[data-outbox]')?.textContent).toContain('Je suis dans le train');
    expect(scroll.top).toBe(1000);
    outbox.all().forEach((item) => outbox.remove(item.clientId));
  });

  it('messages arriving while the person reads above: a button says how many and brings the feed down', async () => {
    const h = harness([msg(1), msg(2), msg(3)]);
    await mount(h, false);
    const feed = container!.querySelector<HTMLElement>('.thread-feed')!;
    const scroll = fakeScroll(feed, () => 200);
    const button = () =>
      [...container!.querySelectorAll('button')].find((b) => /nouveaux? messages? ↓/.test(b.textContent ?? ''));
    // At the bottom: a new message scrolls down, no button.
    scroll.top = 800;
    await act(async () => feed.dispatchEvent(new Event('scroll')));
    h.db.set(4, msg(4, 'quatre'));
    await event(h, 'POSTED', null, h.db.get(4)!);
    await flush();
    expect(button()).toBeUndefined();
    // Scrolled up to read: the place is kept and the button counts what came in.
    scroll.top = 300;
    await act(async () => feed.dispatchEvent(new Event('scroll')));
    for (const seq of [5, 6]) {
      h.db.set(seq, msg(seq, `m${seq}`));
      await event(h, 'POSTED', null, h.db.get(seq)!);
      await flush();
    }
    expect(scroll.top).toBe(300);
    expect(button()?.textContent).toBe('2 nouveaux messages ↓');
    await act(async () => button()!.click());
    expect(scroll.top).toBe(1000);
    expect(button()).toBeUndefined();
  });

  it('a feed at the bottom stays there when it gets shorter (composer grows, banner, window); one scrolled up stays put', async () => {
    const observed: { target: Element; callback: ResizeObserverCallback }[] = [];
    const original = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        observed.push({ target, callback: this.callback });
      }
      disconnect() {}
      unobserve() {}
    } as unknown as typeof ResizeObserver;
    try {
      const h = harness([msg(1), msg(2), msg(3)]);
      await mount(h, false);
      const feed = container!.querySelector<HTMLElement>('.thread-feed')!;
      let height = 300;
      const scroll = fakeScroll(feed, () => height);
      const resized = () =>
        act(async () => observed.filter((o) => o.target === feed).forEach((o) => o.callback([], {} as ResizeObserver)));
      // At the bottom, then the feed loses 101 px (the composer grew to 7 lines).
      scroll.top = 700;
      await act(async () => feed.dispatchEvent(new Event('scroll')));
      height = 199;
      await resized();
      expect(scroll.top).toBe(1000);
      // Scrolled up to read: a resize leaves the place alone.
      scroll.top = 300;
      await act(async () => feed.dispatchEvent(new Event('scroll')));
      height = 143;
      await resized();
      expect(scroll.top).toBe(300);
    } finally {
      globalThis.ResizeObserver = original;
    }
  });

  it("shows only the signed-in person's unsent messages, not those another person left on this browser", async () => {
    outbox.add({
      clientId: 'c-x',
      authorId: 'someone-else',
      threadId: 't1',
      body: 'Écrit par X',
      writtenAt: '2026-03-01T10:00:00.000Z',
      state: 'failed',
    });
    outbox.add({
      clientId: 'c-me',
      authorId: 'me',
      threadId: 't1',
      body: 'Écrit par moi',
      writtenAt: '2026-03-01T10:00:00.000Z',
      state: 'failed',
    });
    try {
      const h = harness([msg(1)]);
      await mount(h, false);
      const pending = [...container!.querySelectorAll('[data-outbox]')].map((li) => li.textContent ?? '');
      expect(pending).toHaveLength(1);
      expect(pending[0]).toContain('Écrit par moi');
      expect(container!.textContent).not.toContain('Écrit par X');
    } finally {
      outbox.all().forEach((item) => outbox.remove(item.clientId));
    }
  });
});
