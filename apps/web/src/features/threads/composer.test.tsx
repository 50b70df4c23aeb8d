// @vitest-environment jsdom
import '../../app/i18n';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { Observable } from 'rxjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer } from './composer';
import { DRAFT_DELAY_MS } from './drafts';
import { outbox } from './outbox';
import { installJsdomShims } from '../../lib/jsdom-shims';

beforeAll(installJsdomShims);

const PEOPLE = [
  { __typename: 'User', id: 'u1', displayName: 'Karim Benali' },
  { __typename: 'User', id: 'u2', displayName: 'Karine Dupuis' },
  { __typename: 'User', id: 'u3', displayName: 'Claire Etcheverry' },
];

let root: Root | undefined;
let container: HTMLElement | undefined;
let operations: string[] = [];

function clientFor(meId: string) {
  const link = new ApolloLink(
    (op) =>
      new Observable<ApolloLink.Result>((observer) => {
        operations.push(op.operationName ?? '');
        const reply = (data: unknown) => {
          observer.next({ data } as ApolloLink.Result);
          observer.complete();
        };
        if (op.operationName === 'Me')
          return reply({
            me: {
              __typename: 'User',
              id: meId,
              email: `${meId}@x`,
              displayName: meId,
              role: 'COORDINATOR',
              locale: 'fr',
              ptce: null,
            },
          });
        if (op.operationName === 'PairPeople') return reply({ pairPeople: PEOPLE });
        // Sending is not answered: the message stays in the outbox.
      }),
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

async function mount(threadId = 't1', meId = 'me') {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <MantineProvider>
        <MemoryRouter>
          <ApolloProvider client={clientFor(meId)}>
            <Composer threadId={threadId} pairId="p1" />
          </ApolloProvider>
        </MemoryRouter>
      </MantineProvider>,
    ),
  );
  await settle();
}

async function unmount() {
  await act(async () => root?.unmount());
  container?.remove();
  root = undefined;
}

const wait = (ms: number) => act(async () => void (await new Promise((r) => setTimeout(r, ms))));

/** A second composer, as in another tab of the same browser (same localStorage). */
async function mountTab(threadId: string, meId: string) {
  const box = document.createElement('div');
  document.body.append(box);
  const tabRoot = createRoot(box);
  await act(async () =>
    tabRoot.render(
      <MantineProvider>
        <MemoryRouter>
          <ApolloProvider client={clientFor(meId)}>
            <Composer threadId={threadId} pairId="p1" />
          </ApolloProvider>
        </MemoryRouter>
      </MantineProvider>,
    ),
  );
  await settle();
  return {
    field: () => box.querySelector('textarea')!,
    unmount: async () => {
      await act(async () => tabRoot.unmount());
      box.remove();
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
};

const field = () => container!.querySelector('textarea')!;
const listbox = () => container!.querySelector('[role="listbox"]');
const options = () => [...container!.querySelectorAll('[role="option"]')];

/** Types `text` as the whole content of the field, the caret at its end. */
async function type(text: string) {
  const area = field();
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
    area.setSelectionRange(text.length, text.length);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(key: string, init: KeyboardEventInit = {}) {
  let event: KeyboardEvent;
  await act(async () => {
    event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    field().dispatchEvent(event);
  });
  return event!;
}

beforeEach(() => {
  localStorage.clear();
  outbox.all().forEach((item) => outbox.remove(item.clientId));
  operations = [];
});
afterEach(async () => {
  vi.useRealTimers();
  await unmount();
});

describe('Composer: the @mention list is a combobox', () => {
  it('opens above the field as a listbox, arrows move the highlight, Enter picks it and does not send', async () => {
    await mount();
    await type('Merci @Kar');
    const area = field();
    expect(area.getAttribute('role')).toBe('combobox');
    expect(area.getAttribute('aria-expanded')).toBe('true');
    expect(listbox()).not.toBeNull();
    expect(area.getAttribute('aria-controls')).toBe(listbox()!.id);
    // Shown before the field in the DOM (drawn above it), so it is never below the screen's edge.
    expect(listbox()!.compareDocumentPosition(area) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(options().map((o) => o.textContent)).toEqual(['@Karim Benali', '@Karine Dupuis']);
    expect(area.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');

    expect((await press('ArrowDown')).defaultPrevented).toBe(true);
    expect(area.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    await press('ArrowDown'); // wraps around
    expect(area.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await press('ArrowUp');
    expect(area.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);

    const enter = await press('Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(field().value).toBe('Merci @Karine Dupuis ');
    expect(outbox.all()).toHaveLength(0);
    expect(operations).not.toContain('PostMessage');
    expect(listbox()).toBeNull();
    expect(field().getAttribute('aria-expanded')).toBe('false');
  });

  it('never offers oneself', async () => {
    await mount('t1', 'u1'); // signed in as Karim Benali
    await type('Merci @Kar');
    expect(options().map((o) => o.textContent)).toEqual(['@Karine Dupuis']);
  });

  it('Tab picks the highlighted person too', async () => {
    await mount();
    await type('@cla');
    expect((await press('Tab')).defaultPrevented).toBe(true);
    expect(field().value).toBe('@Claire Etcheverry ');
  });

  it('Escape closes the list; Enter then sends what was typed', async () => {
    await mount();
    await type('Bonjour @Kar');
    const escape = await press('Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(listbox()).toBeNull();
    expect(field().getAttribute('aria-expanded')).toBe('false');
    await press('Enter');
    expect(outbox.all().map((item) => item.body)).toEqual(['Bonjour @Kar']);
    expect(field().value).toBe('');
    // The sending mutation's name, so that "not sent" checks above check something.
    expect(operations).toContain('PostMessage');
  });

  it('a list closed with Escape opens again for the next message, even with its @ at the same place', async () => {
    await mount();
    await type('@Kar');
    await press('Escape');
    expect(listbox()).toBeNull();
    await press('Enter');
    expect(outbox.all().map((item) => item.body)).toEqual(['@Kar']);
    // The next message starts with an @ too (typed or pasted as its first change).
    await type('@Cla');
    expect(listbox()).not.toBeNull();
    expect(options().map((o) => o.textContent)).toEqual(['@Claire Etcheverry']);
  });
});

describe('Composer: the draft is kept per thread and person', () => {
  it('is written a moment after typing, restored after a reload, per thread and person', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    await mount('t1', 'me');
    await type('Un message à moitié écr');
    await act(async () => void vi.advanceTimersByTime(DRAFT_DELAY_MS + 50));
    expect(Object.values({ ...localStorage })).toContain('Un message à moitié écr');
    await unmount();

    // "Reload": a new composer for the same thread and person shows the draft.
    await mount('t1', 'me');
    expect(field().value).toBe('Un message à moitié écr');
    await unmount();
    // Another thread, or another person on this browser: nothing.
    await mount('t2', 'me');
    expect(field().value).toBe('');
    await unmount();
    await mount('t1', 'someone-else');
    expect(field().value).toBe('');
  });

  it('is cleared once the message is sent (the outbox keeps it from then on)', async () => {
    await mount('t1', 'me');
    await type('À demain');
    await wait(DRAFT_DELAY_MS + 50);
    expect(Object.values({ ...localStorage })).toContain('À demain');
    await press('Enter');
    expect(outbox.all().map((item) => item.body)).toEqual(['À demain']);
    // Cleared by the send itself, at once (not by a later write of the emptied field).
    expect(Object.values({ ...localStorage })).not.toContain('À demain');
    await wait(DRAFT_DELAY_MS + 50);
    await unmount();
    await mount('t1', 'me');
    expect(field().value).toBe('');
    expect(Object.values({ ...localStorage })).not.toContain('À demain');
  });

  it('another tab sent it: a composer showing the same draft clears with it and never writes it back', async () => {
    // Tab A: the person types; the draft is written.
    await mount('t1', 'me');
    await type('Envoyé depuis l’onglet A');
    await wait(DRAFT_DELAY_MS + 50);
    // Tab B opens the same thread: the draft is restored there.
    const tabB = await mountTab('t1', 'me');
    expect(tabB.field().value).toBe('Envoyé depuis l’onglet A');
    // A sends: A clears the draft; B hears it through a storage event (fired in other tabs only).
    await press('Enter');
    const key = Object.keys({ ...localStorage }).find((k) => k.startsWith('tandem.draft'));
    expect(key).toBeUndefined();
    await act(async () =>
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: 'tandem.draft.v1:me:t1',
          oldValue: 'Envoyé depuis l’onglet A',
          newValue: null,
          storageArea: localStorage,
        }),
      ),
    );
    expect(tabB.field().value).toBe('');
    // B is left or closed: nothing comes back as a draft.
    await act(async () => void window.dispatchEvent(new Event('pagehide')));
    await tabB.unmount();
    expect(Object.values({ ...localStorage })).not.toContain('Envoyé depuis l’onglet A');
  });

  it('a composer that only showed a draft does not write it back when it closes (the storage event missed)', async () => {
    await mount('t1', 'me');
    await type('Déjà parti');
    await wait(DRAFT_DELAY_MS + 50);
    const tabB = await mountTab('t1', 'me');
    expect(tabB.field().value).toBe('Déjà parti');
    await press('Enter');
    await act(async () => void window.dispatchEvent(new Event('pagehide')));
    await tabB.unmount();
    expect(Object.values({ ...localStorage })).not.toContain('Déjà parti');
  });

  it('another tab changed the draft: an unedited composer follows it; one being edited keeps its own words', async () => {
    localStorage.setItem('tandem.draft.v1:me:t1', 'Première version');
    await mount('t1', 'me');
    expect(field().value).toBe('Première version');
    const changed = (newValue: string) =>
      act(async () =>
        window.dispatchEvent(new StorageEvent('storage', { key: 'tandem.draft.v1:me:t1', newValue, storageArea: localStorage })),
      );
    await changed('Deuxième version');
    expect(field().value).toBe('Deuxième version');
    await type('Ma version, pas encore écrite');
    await changed('Troisième version');
    expect(field().value).toBe('Ma version, pas encore écrite');
  });
});
