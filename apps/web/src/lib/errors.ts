import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ErrorCode } from '@tandem/shared';
import type { GraphQLFormattedError } from 'graphql';

/** Keys under `errors.` in the i18n messages (plural forms share one key). */
export type ErrorMessageKey =
  | 'network'
  | 'invalidCredentials'
  | 'rateLimited'
  | 'rateLimitedShort'
  | 'sessionExpired'
  | 'forbidden'
  | 'notFound'
  | 'badUserInput'
  | 'conflict'
  | 'internal'
  | 'invitationExpired'
  | 'invitationUsed'
  | 'invitationNotFound'
  | 'emailTaken'
  | 'weakPassword'
  | 'unknown';

export interface ErrorDescription {
  key: ErrorMessageKey;
  /** `count` feeds plural forms (minutes to wait). */
  values?: { count: number };
  /** What the server said, or NETWORK when it could not be reached: lets callers react (redirects, fields). */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  reason?: string;
}

/** Per-screen wording for a code, e.g. NOT_FOUND on the invitation page means "no such invitation". */
export type ErrorOverrides = Partial<Record<ErrorCode, ErrorMessageKey>>;

const BY_REASON: Record<string, ErrorMessageKey> = {
  INVALID_CREDENTIALS: 'invalidCredentials',
  INVITATION_EXPIRED: 'invitationExpired',
  INVITATION_USED: 'invitationUsed',
  EMAIL_TAKEN: 'emailTaken',
  WEAK_PASSWORD: 'weakPassword',
};

const BY_CODE: Record<ErrorCode, ErrorMessageKey> = {
  UNAUTHENTICATED: 'sessionExpired',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  BAD_USER_INPUT: 'badUserInput',
  CONFLICT: 'conflict',
  RATE_LIMITED: 'rateLimited',
  INTERNAL_SERVER_ERROR: 'internal',
};

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in BY_CODE;
}

function rateLimited(retryAfterSeconds: unknown): ErrorDescription {
  const seconds = Number(retryAfterSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return { key: 'rateLimitedShort', code: 'RATE_LIMITED' };
  return { key: 'rateLimited', values: { count: Math.max(1, Math.ceil(seconds / 60)) }, code: 'RATE_LIMITED' };
}

function fromGraphQLError(error: GraphQLFormattedError, overrides: ErrorOverrides): ErrorDescription {
  const { code, reason, retryAfterSeconds } = error.extensions ?? {};
  if (code === 'RATE_LIMITED') return rateLimited(retryAfterSeconds);
  const reasonText = typeof reason === 'string' ? reason : undefined;
  const byReason = reasonText ? BY_REASON[reasonText] : undefined;
  if (!isErrorCode(code)) return { key: byReason ?? 'unknown', code: 'UNKNOWN', reason: reasonText };
  return { key: byReason ?? overrides[code] ?? BY_CODE[code], code, reason: reasonText };
}

/**
 * Turns whatever Apollo raised into a sentence key that says what happened and what to do.
 * Raw codes, messages and stacks never reach the screen.
 */
export function describeError(error: unknown, overrides: ErrorOverrides = {}): ErrorDescription {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    return first ? fromGraphQLError(first, overrides) : { key: 'unknown', code: 'UNKNOWN' };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return rateLimited(error.response.headers.get('retry-after'));
    // A proxy answering for a server that is down or restarting.
    if ([502, 503, 504].includes(error.statusCode)) return { key: 'network', code: 'NETWORK' };
    return error.statusCode >= 500 ? { key: 'internal', code: 'INTERNAL_SERVER_ERROR' } : { key: 'unknown', code: 'UNKNOWN' };
  }
  // fetch() rejects with a TypeError when the network is down or the server unreachable.
  if (error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false)) {
    return { key: 'network', code: 'NETWORK' };
  }
  return { key: 'unknown', code: 'UNKNOWN' };
}

/** True when the error is the server saying the session is gone (not a wrong password). */
export function isSessionExpired(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason !== 'INVALID_CREDENTIALS');
}
