export const ROLES = ['COORDINATOR', 'MEMBER', 'OPERATOR'] as const;
export type Role = (typeof ROLES)[number];

export const PAIR_STATUSES = ['REQUESTED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Stable error codes carried in GraphQL `extensions.code` (DESIGN §4). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const DOCUMENT_KINDS = ['FILE', 'NOTE'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
