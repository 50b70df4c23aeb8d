// Limits shared by the server (enforcement) and the web app (form hints), so both agree.
export const LIMITS = {
  passwordMinLength: 12,
  passwordMaxLength: 256,
  displayNameMaxLength: 80,
  emailMaxLength: 254,
  messageMaxLength: 10_000,
  threadTitleMaxLength: 160,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  directorySearchMaxLength: 200,
  compagnonSuggestionsMax: 20,
  csvImportMaxBytes: 2 * 1024 * 1024,
  uploadMaxBytes: 25 * 1024 * 1024,
  /** Files one person may upload per rolling 24 hours (new documents and new versions together). */
  uploadsPerPersonPerDay: 60,
  documentTitleMaxLength: 200,
  noteMaxLength: 100_000,
  invitationTtlDays: 7,
  sessionTtlDays: 30,
} as const;

// Query limits applied to HTTP and WebSocket operations alike.
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 5_000,
  wsMaxPayloadBytes: 64 * 1024,
  httpBodyLimit: '100kb',
} as const;
