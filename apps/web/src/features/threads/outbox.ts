/**
 * Messages written but not yet confirmed by the server, kept in localStorage so a reload or a
 * closed laptop loses nothing. Each carries the clientId it will be sent with, so sending it
 * again after a lost answer never duplicates it (the server is idempotent per clientId).
 */
export interface OutboxItem {
  clientId: string;
  threadId: string;
  body: string;
  writtenAt: string;
  /** `sending`: in flight or waiting for the connection; `failed`: refused or not sent, shown with "réessayer". */
  state: 'sending' | 'failed';
  /** Set when the server refused it for good (e.g. too long): no automatic retry. */
  refusedReason?: string;
}

const KEY = 'tandem.outbox.v1';
type Listener = () => void;

export class Outbox {
  private items: OutboxItem[];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeStorage()) {
    this.items = read(storage);
  }

  all(): OutboxItem[] {
    return this.items;
  }

  forThread(threadId: string): OutboxItem[] {
    return this.items.filter((item) => item.threadId === threadId);
  }

  add(item: OutboxItem): void {
    this.write([...this.items, item]);
  }

  update(clientId: string, change: Partial<OutboxItem>): void {
    this.write(this.items.map((item) => (item.clientId === clientId ? { ...item, ...change } : item)));
  }

  remove(clientId: string): void {
    this.write(this.items.filter((item) => item.clientId !== clientId));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(items: OutboxItem[]) {
    this.items = items;
    try {
      this.storage?.setItem(KEY, JSON.stringify(items));
    } catch {
      // Storage full or denied: the outbox still works for this page's life.
    }
    this.listeners.forEach((listener) => listener());
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function read(storage: Pick<Storage, 'getItem'> | null): OutboxItem[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    // After a reload nothing is in flight: what was "sending" is sent again.
    return (parsed as OutboxItem[]).filter((item) => item && typeof item.clientId === 'string' && typeof item.body === 'string');
  } catch {
    return [];
  }
}

export const outbox = new Outbox();
