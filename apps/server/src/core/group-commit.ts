/** What became of one item of a batch. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommitOptions<I, R> {
  /**
   * Writes a batch of one lane in one transaction; one outcome per item, in order. A throw fails
   * every item of the batch. Batches of a lane never overlap.
   */
  write(lane: string, items: I[]): Promise<Outcome<R>[]>;
  /**
   * Work after the batch's commit that does not need the lane (the next batch is written meanwhile),
   * started in the turn of the event loop after the write; the items' promises settle when it is done.
   */
  after?(lane: string, items: I[], outcomes: Outcome<R>[]): Promise<void>;
  /** Items per batch at most. */
  maxBatch?: number;
  /**
   * When an idle lane writes: at the end of this turn of the event loop ('turn', the default: the
   * requests read in the same turn share the batch), or once the current job's promises are done
   * ('now': for items that already come in batches).
   */
  start?: 'turn' | 'now';
}

interface Waiting<I, R> {
  item: I;
  resolve(value: R): void;
  reject(error: unknown): void;
}

interface Lane<I, R> {
  queue: Waiting<I, R>[];
  busy: boolean;
}

/**
 * Group commit. Items of a lane (say, one thread) that arrive while its previous batch is being
 * written wait and go together in the next one: a busy lane pays one transaction — one commit, one
 * wait for a row lock — for many items, instead of queueing each behind the other's commit. An idle
 * lane writes at the end of the current turn of the event loop (setImmediate), so requests read in
 * the same turn share it and a lone item waits for nothing else.
 */
export class GroupCommit<I, R> {
  private readonly lanes = new Map<string, Lane<I, R>>();
  private readonly maxBatch: number;

  constructor(private readonly options: GroupCommitOptions<I, R>) {
    this.maxBatch = options.maxBatch ?? 100;
  }

  submit(lane: string, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let state = this.lanes.get(lane);
      if (!state) this.lanes.set(lane, (state = { queue: [], busy: false }));
      state.queue.push({ item, resolve, reject });
      if (!state.busy) {
        state.busy = true;
        if (this.options.start === 'now') queueMicrotask(() => void this.drain(lane, state));
        else setImmediate(() => void this.drain(lane, state));
      }
    });
  }

  /** Writes the lane's batches one after the other until its queue is empty. */
  private async drain(name: string, lane: Lane<I, R>): Promise<void> {
    while (lane.queue.length > 0) {
      const batch = lane.queue.splice(0, this.maxBatch);
      const items = batch.map((w) => w.item);
      let outcomes: Outcome<R>[];
      try {
        outcomes = await this.options.write(name, items);
        if (outcomes.length !== items.length)
          throw new Error(`group commit: ${outcomes.length} outcomes for ${items.length} items`);
      } catch (error) {
        outcomes = items.map(() => ({ ok: false, error }));
      }
      void this.settle(name, batch, outcomes);
    }
    lane.busy = false;
    if (this.lanes.get(name) === lane) this.lanes.delete(name);
  }

  private async settle(name: string, batch: Waiting<I, R>[], outcomes: Outcome<R>[]): Promise<void> {
    const after = this.options.after;
    if (after) {
      const items = batch.map((w) => w.item);
      // In the next turn of the event loop: what `write` set going (the live delivery of new
      // messages, promise jobs only) is done first. Even a synchronous throw settles the batch.
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.resolve()
        .then(() => after(name, items, outcomes))
        .catch(() => undefined);
    }
    batch.forEach((waiting, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) waiting.resolve(outcome.value);
      else waiting.reject(outcome.error);
    });
  }
}
