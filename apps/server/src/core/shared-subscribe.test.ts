import { buildSchema, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { Repeater } from '@graphql-yoga/subscription';
import { describe, expect, it } from 'vitest';
import { operationShape, sharedSubscribe } from './shared-subscribe.js';

// Two subscribers receive the same event objects (as the thread hub hands them out): the selection
// is executed once per event and shape, and results still differ where the shape differs.
function fixture() {
  const schema = buildSchema(`
    type Query { ok: Boolean }
    type Event { n: Int, label(prefix: String): String }
    type Subscription { events(afterSeq: Int): Event }
  `);
  let labels = 0;
  const channels: ((event: object) => void)[] = [];
  const rootValue = {
    events: () => {
      // Like the thread hub: every subscriber gets the very same payload object per event.
      return new Repeater<object>(async (push, stop) => {
        channels.push((event) => void push(event));
        await stop;
      });
    },
  };
  const Event = (n: number) => ({
    events: { n, label: ({ prefix }: { prefix?: string }) => (labels++, `${prefix ?? ''}${n}`) },
  });
  // One per server, as in graphql-ws.ts.
  const subscribe = sharedSubscribe((args) => (args as ExecutionArgs & { shape: string }).shape);
  return { schema, rootValue, channels, Event, subscribe, labelCalls: () => labels };
}

async function start(f: ReturnType<typeof fixture>, query: string, variables: Record<string, unknown>, viewer = 'A') {
  const document = parse(query);
  const args = {
    schema: f.schema,
    document,
    rootValue: f.rootValue,
    variableValues: variables,
    shape: `${viewer}\n${operationShape(query, document, undefined, new Set(['events']))!(variables)}`,
  };
  return (await f.subscribe(args)) as AsyncIterableIterator<ExecutionResult>;
}

describe('sharedSubscribe', () => {
  it('executes a shared event once for subscribers of the same shape, and apart for other shapes', async () => {
    const f = fixture();
    const q = 'subscription($a: Int, $p: String) { events(afterSeq: $a) { n label(prefix: $p) } }';
    const one = await start(f, q, { a: 1, p: '#' });
    const two = await start(f, q, { a: 7, p: '#' }); // afterSeq differs: only used by the root field
    const other = await start(f, q, { a: 1, p: '>' }); // prefix differs: another shape
    const next = Promise.all([one.next(), two.next(), other.next()]);
    await new Promise((r) => setImmediate(r));
    expect(f.channels).toHaveLength(3);
    const event = f.Event(5);
    for (const send of f.channels) send(event);
    const [r1, r2, r3] = await next;
    expect(r1.value).toEqual({ data: { events: { n: 5, label: '#5' } } });
    expect(r2.value).toEqual(r1.value);
    expect(r3.value).toEqual({ data: { events: { n: 5, label: '>5' } } });
    expect(f.labelCalls()).toBe(2); // not 3
    await Promise.all([one.return!(), two.return!(), other.return!()]);
  });

  it('keeps viewers with different rights apart', async () => {
    const f = fixture();
    const q = 'subscription { events { label } }';
    const a = await start(f, q, {}, 'COORDINATOR:p1');
    const b = await start(f, q, {}, 'COORDINATOR:p2');
    const next = Promise.all([a.next(), b.next()]);
    await new Promise((r) => setImmediate(r));
    const event = f.Event(1);
    for (const send of f.channels) send(event);
    await next;
    expect(f.labelCalls()).toBe(2);
  });

  it('ends a waiting subscription at once on return()', async () => {
    const f = fixture();
    const it = await start(f, 'subscription { events { n } }', {});
    const pending = it.next();
    await expect(it.return!()).resolves.toEqual({ value: undefined, done: true });
    await expect(pending).resolves.toMatchObject({ done: true });
  });

  it('tells an absent variable (its default applies) from an explicit null, and shares only listed root fields', () => {
    const query = 'subscription($p: String = "#") { events { label(prefix: $p) } }';
    const document = parse(query);
    const shape = operationShape(query, document, undefined, new Set(['events']))!;
    expect(shape({})).not.toBe(shape({ p: null }));
    expect(shape({ p: '#' })).not.toBe(shape({}));
    expect(shape({ p: '#' })).toBe(shape({ p: '#' }));
    expect(operationShape(query, document, undefined)).toBeNull(); // `events` is not a shared root field
  });
});
