import '@mantine/core/styles.css';
import './app/app.css';
import './app/i18n';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The DOM RouterProvider lets navigations use flushSync (used at log-out and on session expiry).
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { RealtimeProvider } from './app/realtime-context';
import { createRealtime } from './app/realtime';
import { createRouter } from './app/router';
import { cssVariablesResolver, theme } from './app/theme';
import { loginPath } from './features/identity/login-path';

const router = createRouter();
const realtime = createRealtime();
let expiring = false;
// The server no longer knows this session (expired, revoked, ended in another tab): back to log-in,
// then here again.
function onSessionExpired() {
  const { pathname, search } = router.state.location;
  if (expiring || pathname === '/connexion') return;
  expiring = true;
  void router
    .navigate(loginPath(pathname + search, 'expiree'), { replace: true, flushSync: true })
    .then(() => {
      realtime.restart();
      return client.resetStore();
    })
    .catch(() => undefined) // aborted refetches of the page being left
    .finally(() => {
      expiring = false;
    });
}
const client = createApolloClient({ realtime, onSessionExpired });
realtime.onSessionEnded(onSessionExpired);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <RealtimeProvider realtime={realtime}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </RealtimeProvider>
    </MantineProvider>
  </StrictMode>,
);
