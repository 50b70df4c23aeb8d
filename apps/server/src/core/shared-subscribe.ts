import {
  Kind,
  createSourceEventStream,
  execute,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * Subscriptions whose events are shared objects (one per event, handed to every subscriber by the
 * thread hub) are executed once per event and per *shape*, not once per subscriber: the shape is the
 * query text, the variables used below the root field, and what the viewer's rights depend on (role
 * and PTCE). A hundred people watching a thread with the same client cost one execution per message.
 * graphql-ws still writes each subscriber's frame (it carries the subscription id).
 */
export function sharedSubscribe(shapeOf: (args: ExecutionArgs) => string | null) {
  const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  return async (args: ExecutionArgs) => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const shape = shapeOf(args);
    const run = (payload: unknown): Promise<ExecutionResult> =>
      Promise.resolve(execute({ ...args, rootValue: payload }) as Promise<ExecutionResult> | ExecutionResult);
    return mapAsyncIterable(source, (payload) => {
      if (shape === null || typeof payload !== 'object' || payload === null) return run(payload);
      let byShape = results.get(payload);
      if (!byShape) results.set(payload, (byShape = new Map()));
      let result = byShape.get(shape);
      if (!result) byShape.set(shape, (result = run(payload)));
      return result;
    });
  };
}

/**
 * Root fields whose events are handed out as one shared object to every subscriber, and whose
 * reachable types (Message, User, Ptce…) resolve nothing from the viewer beyond role and PTCE.
 * Another root field (agenda, pair activity: their types reach per-person fields such as a thread's
 * unread count) is executed per subscriber.
 */
export const sharedRootFields = new Set(['threadEvents']);

/**
 * The operation's text, plus the variables its result can depend on (those used below the root
 * field); null when the operation is not one whose events are shared (`sharedRootFields`).
 */
export function operationShape(
  query: string,
  document: DocumentNode,
  operationName: string | null | undefined,
  shared: ReadonlySet<string> = sharedRootFields,
): ((variables: Record<string, unknown> | null | undefined) => string) | null {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (operationName ? d.name?.value === operationName : true),
  );
  const roots = operation?.selectionSet.selections ?? [];
  if (roots.length !== 1 || roots[0]!.kind !== Kind.FIELD || !shared.has(roots[0]!.name.value)) return null;
  const used = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]) =>
    visit(node, {
      Variable: (v) => {
        used.add(v.name.value);
      },
    });
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.selectionSet) collect(selection.selectionSet);
    } else collect(selection);
  }
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) collect(d);
  const names = [...used].sort();
  return (variables) =>
    JSON.stringify([
      operationName ?? null,
      query,
      // An absent variable (its default applies) differs from an explicit null.
      names.map((name) => (variables && Object.hasOwn(variables, name) ? [variables[name]] : 'absent')),
    ]);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Maps an async iterable; `return()` goes straight to the source (ending a waiting subscription at once). */
function mapAsyncIterable<T, U>(source: AsyncIterable<T>, fn: (value: T) => Promise<U>): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  const map = async (result: IteratorResult<T>): Promise<IteratorResult<U>> =>
    result.done ? { value: undefined, done: true } : { value: await fn(result.value), done: false };
  return {
    next: () => iterator.next().then(map),
    async return() {
      // A source already ended with an error rejects here: the client is leaving anyway, and a
      // rejected return() makes graphql-ws close the whole socket (4500) with every other subscription.
      await iterator.return?.()?.catch(() => undefined);
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      if (iterator.throw) return map(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
