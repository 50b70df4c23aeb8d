import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgendaResolver, PairAgendaResolver } from '../agenda/agenda.resolver.js';
import { DirectoryResolver, PtceConnectionResolver, PtceFieldsResolver } from '../directory/directory.resolver.js';
import { IdentityResolver } from '../identity/identity.resolver.js';
import { PairResolver } from '../pairs/pair.resolver.js';
import { PairThreadsResolver, ThreadResolver } from '../threads/thread.resolver.js';
import { DocumentResolver, DocumentVersionResolver, PairDocumentsResolver } from '../documents/document.resolver.js';
import { NotificationResolver, ThreadFollowingResolver } from '../notifications/notification.resolver.js';
import { PairExportResolver } from '../export/export.resolver.js';
import type { AppPubSub } from './pubsub.js';

export const resolvers = [
  IdentityResolver,
  DirectoryResolver,
  PtceFieldsResolver,
  PairResolver,
  ThreadResolver,
  PairThreadsResolver,
  PtceConnectionResolver,
  DocumentResolver,
  DocumentVersionResolver,
  PairDocumentsResolver,
  AgendaResolver,
  PairAgendaResolver,
  NotificationResolver,
  ThreadFollowingResolver,
  PairExportResolver,
] as const;

export function buildAppSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, pubSub, validate: false });
}

/** The committed `schema.graphql` text: sorted, so it only changes when the API does. */
export const printAppSchema = (schema: GraphQLSchema): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
