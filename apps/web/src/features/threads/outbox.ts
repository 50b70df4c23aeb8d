/**
 * Messages written but not yet confirmed by the server, kept in localStorage so a reload or a
 * closed laptop loses nothing. Each carries the clientId it will be sent with, so sending it
 * again after a lost answer never duplicates it (the server is idempotent per clientId).
 */
export interface OutboxItem {
  clientId: string;
  /**
   * Who wrote it: only they see it and only their session sends it. A browser may be shared; what
   * one person left unsent waits for their next sign-in, never sent by someone else under their name.
   */
  authorId: string;
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

  /** Every entry, everyone's: for the sender's filter and tests. Show only `of(author)`. */
  all(): OutboxItem[] {
    return this.items;
  }

  /** The entries written by this person (none when nobody is signed in). */
  of(authorId: string | undefined | null): OutboxItem[] {
    return authorId ? this.items.filter((item) => item.authorId === authorId) : [];
  }

  forThread(threadId: string, authorId: string | undefined | null): OutboxItem[] {
    return this.of(authorId).filter((item) => item.threadId === threadId);
  }

  add(item: OutboxItem): void {
    this.write([...this.current().filter((i) => i.clientId !== item.clientId), item]);
  }

  update(clientId: string, change: Partial<OutboxItem>): void {
    this.write(this.current().map((item) => (item.clientId === clientId ? { ...item, ...change } : item)));
  }

  remove(clientId: string): void {
    this.write(this.current().filter((item) => item.clientId !== clientId));
  }

  /**
   * What is stored now, where each change is applied: another tab of the browser may have added or
   * removed entries since this one last read, and writing this tab's copy whole would drop them.
   * This tab's copy when storage cannot be read (denied, or full and so never written).
   */
  private current(): OutboxItem[] {
    try {
      const raw = this.storage?.getItem(KEY) ?? null;
      return raw === null ? this.items : parse(raw);
    } catch {
      return this.items;
    }
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
    return parse(storage?.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
}

function parse(raw: string): OutboxItem[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    // After a reload nothing is in flight: what was "sending" is sent again. An entry without its
    // author (written before entries had one) stays stored but belongs to nobody: never shown, never sent.
    return (parsed as OutboxItem[]).filter((item) => item && typeof item.clientId === 'string' && typeof item.body === 'string');
  } catch {
    return [];
  }
}

export const outbox = new Outbox();
