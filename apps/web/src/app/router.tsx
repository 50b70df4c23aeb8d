import { createBrowserRouter, Navigate } from 'react-router';
import { AgendaPrintPage } from '../features/agenda/agenda-print-page';
import { InvitationPage } from '../features/identity/invitation-page';
import { LoginPage } from '../features/identity/login-page';
import { MyPtcePage } from '../features/identity/my-ptce-page';
import { RequireAuth } from '../features/identity/session';
import { MyPairsPage } from '../features/pairs/my-pairs-page';
import { PairPage } from '../features/pairs/pair-page';
import { AppLayout } from './app-layout';
import { NotFoundPage, RouteErrorPage } from './status-pages';

// URLs are French, like the product; they name the pair and the tab so a link can be shared.
export function createRouter() {
  return createBrowserRouter([
    // The printable programme stands alone, without the app's navigation.
    {
      path: 'espaces/:pairId/ordre-du-jour/imprimer',
      errorElement: <RouteErrorPage />,
      element: <RequireAuth />,
      children: [{ index: true, element: <AgendaPrintPage /> }],
    },
    {
      element: <AppLayout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { path: 'connexion', element: <LoginPage /> },
            { path: 'invitation/:token', element: <InvitationPage /> },
            {
              element: <RequireAuth />,
              children: [
                { index: true, element: <MyPairsPage /> },
                { path: 'espaces/:pairId', element: <Navigate to="fil" replace /> },
                { path: 'espaces/:pairId/:tab', element: <PairPage /> },
                { path: 'mon-ptce', element: <MyPtcePage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createRouter>;
