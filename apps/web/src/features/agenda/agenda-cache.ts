import type { ApolloCache, Reference } from '@apollo/client';
import { AgendaItemFieldsFragment } from './agenda-documents';
import type { AgendaItemFieldsFragment as Item } from '../../gql/graphql';

/**
 * Puts a live or just-saved item in the pair's agenda list (or takes a cancelled one out), kept in
 * time order. Changes of an existing item need nothing: the normalised cache updates it by id.
 */
export function placeInAgenda(cache: ApolloCache, item: Item): void {
  const ref = cache.writeFragment({ fragment: AgendaItemFieldsFragment, fragmentName: 'AgendaItemFields', data: item });
  const pairId = cache.identify({ __typename: 'Pair', id: item.pairId });
  if (!ref || !pairId) return;
  cache.modify<{ agenda: Reference[] }>({
    id: pairId,
    fields: {
      agenda(existing, { readField }) {
        const list = (existing as readonly Reference[]).filter((r) => readField('id', r) !== item.id);
        if (!item.deletedAt) list.push(ref);
        const key = (r: Reference) =>
          `${String(readField('day', r))} ${String(readField('startTime', r))} ${String(readField('endTime', r))}`;
        return list.sort((a, b) => key(a).localeCompare(key(b)));
      },
    },
  });
}
