import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '@tandem/shared';
import type { Logger } from './logger.js';

export interface AppErrorExtensions {
  reason?: string;
  [key: string]: unknown;
}

/** The one error type services throw. Its code and message reach the client; nothing else does. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    extensions: AppErrorExtensions = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

/** The HTTP status of an AppError code, for the plain HTTP routes (/api/…); undefined for others. */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};
export const httpStatusOf = (code: string): number | undefined => HTTP_STATUS[code as ErrorCode];

export const notFound = (what = 'Not found') => new AppError('NOT_FOUND', what);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'You must be signed in');
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);
export const badInput = (message: string, extensions: AppErrorExtensions = {}) =>
  new AppError('BAD_USER_INPUT', message, extensions);

// Codes produced by graphql-js / Apollo for a malformed request, which are safe to show.
const CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

function findAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Masks every error to the codes of DESIGN §4: AppErrors keep their message and extensions;
 * request errors become BAD_USER_INPUT; anything else is logged and answered as a bare
 * INTERNAL_SERVER_ERROR (no stack, no SQL text).
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const app = findAppError(error);
    if (app) {
      return { message: app.message, path: formatted.path, locations: formatted.locations, extensions: { ...app.extensions } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code in CLIENT_CODES) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: CLIENT_CODES[code] },
      };
    }
    // graphql-armor rejects with plain GraphQLErrors (no code) during validation.
    if (error instanceof GraphQLError && !error.originalError && !formatted.path) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error({ err: error }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
