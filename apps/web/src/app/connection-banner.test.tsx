// @vitest-environment jsdom
import './i18n';
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConnectionBanner } from './connection-banner';
import type { ConnectionState, Realtime } from './realtime';
import { RealtimeProvider } from './realtime-context';
import { installJsdomShims } from '../lib/jsdom-shims';

beforeAll(installJsdomShims);

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  container?.remove();
  vi.restoreAllMocks();
});

function fakeRealtime() {
  let state: ConnectionState = 'ok';
  const listeners = new Set<() => void>();
  const realtime: Realtime = {
    link: null as never,
    restart() {},
    whileSigningOut: (a) => a(),
    onSessionEnded: () => () => {},
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    getState: () => state,
  };
  return { realtime, set: (s: ConnectionState) => ((state = s), listeners.forEach((l) => l())) };
}

async function mount(realtime: Realtime) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <MantineProvider>
        <RealtimeProvider realtime={realtime}>
          <ConnectionBanner />
        </RealtimeProvider>
      </MantineProvider>,
    ),
  );
}

const LOST = 'Connexion perdue';

describe('ConnectionBanner', () => {
  it('shows while the browser is offline, even with the live socket still open, and goes when it is back online', async () => {
    let online = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    await mount(fakeRealtime().realtime);
    expect(container!.textContent).not.toContain(LOST);
    online = false;
    await act(async () => void window.dispatchEvent(new Event('offline')));
    expect(container!.querySelector('[role="status"]')!.textContent).toContain(LOST);
    online = true;
    await act(async () => void window.dispatchEvent(new Event('online')));
    expect(container!.textContent).not.toContain(LOST);
  });

  it('shows at once when the page opens offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await mount(fakeRealtime().realtime);
    expect(container!.textContent).toContain(LOST);
  });

  it('still shows while the socket is lost, the browser online', async () => {
    const { realtime, set } = fakeRealtime();
    await mount(realtime);
    await act(async () => set('lost'));
    expect(container!.textContent).toContain(LOST);
    await act(async () => set('ok'));
    expect(container!.textContent).not.toContain(LOST);
  });
});
