import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { Observable } from 'rxjs';
import { backoffDelay } from '../lib/backoff';

/** `lost` only while a subscription is running and its socket is down. */
export type ConnectionState = 'ok' | 'lost';

export interface Realtime {
  /** Apollo link for subscriptions (terminating). */
  link: ApolloLink;
  /** Drop the socket; the client reconnects at once, carrying the current session cookie. */
  restart(): void;
  /** Runs `action` (a log-out) during which the server closing our socket for the session is expected. */
  whileSigningOut<T>(action: () => Promise<T>): Promise<T>;
  /** Called when the server closes the socket because the session ended elsewhere (4401). */
  onSessionEnded(listener: () => void): () => void;
  subscribe(listener: () => void): () => void;
  getState(): ConnectionState;
}

const NORMAL_CLOSURE = 1000;
// The server closes a session's sockets with this code at log-out or when the session is revoked.
const SESSION_ENDED = 4401;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

function closeCode(event: unknown): number | undefined {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number'
    ? event.code
    : undefined;
}

export function createRealtime(url: string = socketUrl()): Realtime {
  let socket: 'idle' | 'connecting' | 'connected' | 'retrying' = 'idle';
  let restarting = false;
  let activeSubscriptions = 0;
  let signingOut = 0;
  let state: ConnectionState = 'ok';
  const listeners = new Set<() => void>();
  const sessionEndedListeners = new Set<() => void>();

  const update = () => {
    const next: ConnectionState = socket === 'retrying' && activeSubscriptions > 0 ? 'lost' : 'ok';
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener());
  };

  const client = createClient({
    url,
    lazy: true,
    // Never give up: a train through a tunnel must not end the session's live updates.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries))),
    on: {
      connecting: (isRetry) => {
        socket = isRetry && !restarting ? 'retrying' : 'connecting';
        update();
      },
      connected: () => {
        socket = 'connected';
        restarting = false;
        update();
      },
      closed: (event) => {
        // A lazy client closes normally after its last subscription; anything else is a drop.
        const code = closeCode(event);
        if (code === SESSION_ENDED && signingOut === 0) sessionEndedListeners.forEach((listener) => listener());
        socket = code === NORMAL_CLOSURE || activeSubscriptions === 0 ? 'idle' : restarting ? 'connecting' : 'retrying';
        update();
      },
    },
  });

  // Counts running subscriptions, so the banner speaks only when something live is waiting.
  const counter = new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        activeSubscriptions += 1;
        update();
        const subscription = forward(operation).subscribe(observer);
        return () => {
          subscription.unsubscribe();
          activeSubscriptions -= 1;
          update();
        };
      }),
  );

  return {
    link: ApolloLink.from([counter, new GraphQLWsLink(client)]),
    restart() {
      if (socket === 'idle') return;
      restarting = true;
      client.terminate();
    },
    async whileSigningOut(action) {
      signingOut += 1;
      try {
        return await action();
      } finally {
        signingOut -= 1;
      }
    },
    onSessionEnded(listener) {
      sessionEndedListeners.add(listener);
      return () => sessionEndedListeners.delete(listener);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
  };
}
