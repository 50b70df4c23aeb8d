import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Center, Loader } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useRealtime } from '../../app/realtime-context';
import { graphql } from '../../gql';
import { PageError } from '../../lib/error-alert';
import { forgetThreadsOf, stopSendingBeforeSignOut } from '../threads/sign-out';
import { loginPath } from './login-path';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      locale
      ptce {
        id
        slug
        name
      }
    }
  }
`);

const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

/** Who is signed in; `me` is null when nobody is (the server answers null, not an error). */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}

/**
 * After the session changed (log-in, invitation accepted, log-out): drop everything cached for the
 * previous person and reopen the socket so it carries the new session cookie.
 */
export function useRenewSession() {
  const client = useApolloClient();
  const realtime = useRealtime();
  return useCallback(async () => {
    realtime.restart();
    // Refetches of pages being left may be aborted; each query reports its own errors where it is shown.
    await client.resetStore().catch(() => undefined);
  }, [client, realtime]);
}

export function useLogOut() {
  const [logOut, { loading }] = useMutation(LogOutMutation);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const realtime = useRealtime();
  const renewSession = useRenewSession();
  const meId = useMe().me?.id;
  const run = useCallback(async () => {
    setError(null);
    stopSendingBeforeSignOut();
    // The server closes this session's sockets: expected here, not a session that expired.
    await realtime.whileSigningOut(async () => {
      try {
        await logOut();
      } catch (caught) {
        setError(caught);
        return;
      }
      // Leave the protected pages first, so resetting the store refetches none of them.
      await navigate(loginPath('/', 'terminee'), { replace: true, flushSync: true });
      // Once the composers are gone (one may write its last keystrokes as it closes).
      forgetThreadsOf(meId);
      await renewSession();
    });
  }, [logOut, navigate, realtime, renewSession, meId]);
  return { logOut: run, loading, error };
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** Route guard: signed-out visitors go to the log-in page, then come back here. */
export function RequireAuth() {
  const { me, loading, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) return <PageLoader />;
  if (error && !me) return <PageError title={t('crash.title')} error={error} onRetry={() => void refetch()} />;
  if (!me) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
