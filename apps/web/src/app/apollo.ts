import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { isSessionExpired } from '../lib/errors';
import type { Realtime } from './realtime';

// Operations where UNAUTHENTICATED is an answer to show, not a lost session.
const SIGN_IN_OPERATIONS = new Set(['LogIn', 'AcceptInvitation', 'LogOut']);

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

export function createApolloClient({
  realtime,
  onSessionExpired,
}: {
  realtime: Realtime;
  onSessionExpired: () => void;
}): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The server runs Apollo's CSRF prevention: a non-simple header proves this is not a form post.
    headers: { 'apollo-require-preflight': 'true' },
  });

  const sessionWatch = new ErrorLink(({ error, operation }) => {
    if (!SIGN_IN_OPERATIONS.has(operation.operationName ?? '') && isSessionExpired(error)) onSessionExpired();
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionWatch, ApolloLink.split(isSubscription, realtime.link, http)]),
    cache: new InMemoryCache({
      typePolicies: {
        Theme: { keyFields: ['code'] },
        InvitationPreview: { keyFields: false },
      },
    }),
  });
}
