import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { TEST_ORIGIN, type TestApp } from './app.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
  headers: Headers;
}

/** A browser-like GraphQL client: keeps the session cookie it is given, like a browser would. */
export class TestClient {
  cookie: string | undefined;

  constructor(readonly t: TestApp) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const line of setCookie) {
      const [pair] = line.split(';');
      const value = pair.slice(pair.indexOf('=') + 1);
      this.cookie = value ? pair : undefined;
    }
    const body = (await res.json()) as Omit<GqlResult<T>, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body };
  }

  async logIn(email: string, password: string): Promise<GqlResult<{ logIn: { id: string } }>> {
    return this.gql(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }`, { e: email, p: password });
  }

  /** A graphql-ws client that sends this client's cookie and the given Origin on the upgrade. */
  ws(options: { origin?: string; lazy?: boolean } = {}): WsClient {
    const headers = { origin: options.origin ?? TEST_ORIGIN, ...(this.cookie ? { cookie: this.cookie } : {}) };
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    return createClient({
      url: this.t.wsUrl,
      webSocketImpl: CookieWebSocket,
      lazy: options.lazy ?? true,
      retryAttempts: 0,
      // Tests assert on close codes themselves.
      onNonLazyError: () => {},
    });
  }
}

export function errorCode(result: GqlResult): unknown {
  return result.errors?.[0]?.extensions?.code;
}

/** Subscribes and collects events until `count` arrived or the subscription ends/fails. */
export function collect<T>(client: WsClient, query: string, variables: Record<string, unknown>) {
  const events: T[] = [];
  let error: unknown;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      // graphql-ws delivers an error raised while subscribing as a result with `errors`.
      next: (value) => {
        if (value.errors) error = value.errors;
        else events.push(value.data as T);
      },
      error: (err) => {
        error = err;
        resolveDone();
      },
      complete: () => resolveDone(),
    },
  );
  return {
    events,
    done,
    dispose,
    get error() {
      return error;
    },
  };
}
