type Waiter<T> = { resolve(result: IteratorResult<T>): void; reject(error: unknown): void };

/**
 * The async iterator behind a live subscription: what `run` pushes, handed out in order. It does what
 * the Repeater it replaces did for the thread subscription (started by the first `next()`, at most
 * `limit` items waiting for a consumer that does not take them, what was pushed before an end still
 * handed out, then the end's error or `done`), with one promise per item instead of about eight: with
 * a hundred people in a thread, a message is a hundred pushes.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private readonly waiters: Waiter<T>[] = [];
  /** `run`'s waits for the consumer to ask for more (see `demanded`). */
  private demands: (() => void)[] = [];
  private state: 'idle' | 'running' | 'ended' = 'idle';
  private failure: { error: unknown } | null = null;
  private onStopped!: () => void;
  /** Resolves when the stream ends: `end()`, the consumer's `return()`, or `run` settling. */
  readonly stopped = new Promise<void>((resolve) => (this.onStopped = resolve));

  constructor(
    private readonly limit: number,
    private readonly run: (stream: LiveStream<T>) => Promise<void>,
  ) {}

  get ended(): boolean {
    return this.state === 'ended';
  }

  /**
   * Hands `item` to a waiting consumer, or queues it. False, and nothing queued, when the stream has
   * ended or `limit` items already wait for a consumer that does not take them.
   */
  push(item: T): boolean {
    if (this.state === 'ended') return false;
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter.resolve({ value: item, done: false });
      return true;
    }
    if (this.items.length >= this.limit) return false;
    this.items.push(item);
    return true;
  }

  /**
   * Resolves once the consumer has taken everything pushed and asks for more (or the stream ended):
   * pushing after each wait goes at the consumer's pace, however long the backlog.
   */
  demanded(): Promise<void> {
    if (this.state === 'ended' || (this.items.length === 0 && this.waiters.length > 0)) return Promise.resolve();
    return new Promise((resolve) => this.demands.push(resolve));
  }

  /** Ends the stream: what was pushed is still handed out, then `error` (if any) or `done`. */
  end(error?: unknown): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    if (error !== undefined) this.failure = { error };
    for (const waiter of this.waiters.splice(0)) this.settleEnded(waiter);
    this.wakeDemands();
    this.onStopped();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.state === 'idle') this.start();
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      if (this.state === 'ended') this.settleEnded(waiter);
      else {
        this.waiters.push(waiter);
        this.wakeDemands();
      }
    });
  }

  /** The consumer leaves: nothing more is handed out, and `run` sees `stopped`. */
  return(): Promise<IteratorResult<T>> {
    this.items.length = 0;
    this.end();
    this.failure = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private start(): void {
    this.state = 'running';
    // In a later job, like the first push of a Repeater's executor: `next()` returns first.
    void Promise.resolve()
      .then(() => this.run(this))
      .then(
        () => this.end(),
        (error: unknown) => this.end(error),
      );
  }

  /** The error once (the first waiter after the items gets it), then `done`. */
  private settleEnded(waiter: Waiter<T>): void {
    const failure = this.failure;
    this.failure = null;
    if (failure) waiter.reject(failure.error);
    else waiter.resolve({ value: undefined, done: true });
  }

  private wakeDemands(): void {
    const demands = this.demands;
    this.demands = [];
    for (const wake of demands) wake();
  }
}
