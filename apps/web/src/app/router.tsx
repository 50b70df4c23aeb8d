import { createBrowserRouter, Navigate } from 'react-router';
import { CompagnonFinderPage } from '../features/directory/compagnon-finder-page';
import { DirectoryPage } from '../features/directory/directory-page';
import { PtceFormPage } from '../features/directory/ptce-form-page';
import { PtcePage } from '../features/directory/ptce-page';
import { AgendaPrintPage } from '../features/agenda/agenda-print-page';
import { InvitationPage } from '../features/identity/invitation-page';
import { LoginPage } from '../features/identity/login-page';
import { MyPtcePage } from '../features/identity/my-ptce-page';
import { RequireAuth } from '../features/identity/session';
import { MyPairsPage } from '../features/pairs/my-pairs-page';
import { PairPage } from '../features/pairs/pair-page';
import { PairsOverviewPage } from '../features/pairs/pairs-overview-page';
import { RequestTsfPage } from '../features/pairs/request-tsf-page';
import { NotificationPreferencesPage } from '../features/notifications/notification-preferences-page';
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
            // The directory is public; people and contact details inside need a session (server side).
            { path: 'annuaire', element: <DirectoryPage /> },
            { path: 'annuaire/:slug', element: <PtcePage /> },
            { path: 'trouver-un-compagnon', element: <CompagnonFinderPage /> },
            {
              element: <RequireAuth />,
              children: [
                { index: true, element: <MyPairsPage /> },
                { path: 'espaces/:pairId', element: <Navigate to="fil" replace /> },
                { path: 'espaces/:pairId/:tab', element: <PairPage /> },
                { path: 'mon-ptce', element: <MyPtcePage /> },
                { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
                { path: 'demander-un-tsf', element: <RequestTsfPage /> },
                { path: 'suivi-des-tsf', element: <PairsOverviewPage /> },
                { path: 'annuaire/nouveau', element: <PtceFormPage /> },
                { path: 'annuaire/:slug/modifier', element: <PtceFormPage /> },
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
