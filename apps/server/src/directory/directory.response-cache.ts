import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../core/context.js';
import type { DirectoryCache } from './directory.cache.js';

/**
 * Fields whose value depends only on their arguments and the directory tables (ptce, ptce_theme,
 * ptce_member, theme), i.e. on nothing the directory cache is not told about: not `people` (the
 * asker), not `tsfCount` (pairs), not `compagnonSuggestions` (pairs and the asker's pôle).
 */
const PUBLIC_DIRECTORY_FIELDS: Record<string, ReadonlySet<string>> = {
  Query: new Set(['ptces', 'ptce', 'themes']),
  PtceConnection: new Set(['totalCount', 'edges', 'pageInfo', 'departmentCounts']),
  PtceEdge: new Set(['cursor', 'node']),
  PageInfo: new Set(['hasNextPage', 'endCursor']),
  DepartmentCount: new Set(['code', 'count']),
  Department: new Set(['code', 'name', 'region']),
  Theme: new Set(['code', 'labelFr', 'labelEn', 'group']),
  PtceMember: new Set(['id', 'kind', 'name', 'town']),
  Ptce: new Set([
    'id',
    'slug',
    'name',
    'carrier',
    'town',
    'region',
    'departments',
    'departmentDetails',
    'summary',
    'labelledYear',
    'amiLaureate2021',
    'charterSignatory',
    'isCompagnon',
    'eligibleForTsf',
    'website',
    'themes',
    'members',
    'sources',
    'uncertain',
  ]),
};

/**
 * True when every field the document selects (in any operation or fragment) is a public directory
 * field, and there is at least one (`{ __typename }` alone is no directory query worth keeping).
 */
export function onlyPublicDirectoryFields(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let ok = true;
  let directoryField = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') ok = false;
      },
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        if (!parent || !PUBLIC_DIRECTORY_FIELDS[parent.name]?.has(node.name.value)) ok = false;
        else directoryField = true;
      },
    }),
  );
  return ok && directoryField;
}

/**
 * Whole answers to public directory queries, kept in the directory cache (same generation, same
 * invalidation on every directory write): a visitor's repeated directory page skips execution.
 * Only answers without errors are kept; the key is the query's hash, operation name and variables.
 */
export function directoryResponseCache(schema: GraphQLSchema, cache: DirectoryCache): ApolloServerPlugin<Context> {
  // Apollo keeps one parsed DocumentNode per query text, so the verdict is computed once per query.
  const verdicts = new WeakMap<DocumentNode, boolean>();
  const cacheable = (document: DocumentNode) => {
    let verdict = verdicts.get(document);
    if (verdict === undefined) {
      verdict = onlyPublicDirectoryFields(schema, document);
      verdicts.set(document, verdict);
    }
    return verdict;
  };
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
      let key: string | undefined;
      let generation: number | null = null;
      return {
        async responseForOperation(requestContext) {
          if (!cacheable(requestContext.document)) return null;
          key = `response:${requestContext.queryHash}:${requestContext.operationName ?? ''}:${JSON.stringify(requestContext.request.variables ?? {})}`;
          const kept = cache.peek<FormattedExecutionResult>(key);
          if (kept) {
            const current = cache.current();
            const note = requestContext.contextValue.answerNote;
            if (current !== null && note) note.keepable = { generation: current };
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: kept } };
          }
          generation = cache.begin();
          return null;
        },
        async willSendResponse(requestContext) {
          const body = requestContext.response.body;
          if (key === undefined || generation === null || body.kind !== 'single' || body.singleResult.errors) return;
          const bytes = JSON.stringify(body.singleResult.data ?? null).length;
          // Sized like the rest of the cache (about one unit per PTCE row, ~500 bytes of JSON).
          cache.keep(key, generation, body.singleResult, Math.ceil(bytes / 500));
          // Public and error-free: core/graphql-http.ts may keep the serialised answer by the request's bytes.
          const note = requestContext.contextValue.answerNote;
          if (note) note.keepable = { generation };
        },
      };
    },
  };
}
