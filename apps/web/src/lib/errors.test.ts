import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, isSessionExpired } from './errors';

function graphQLError(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: 'internal detail, never shown', extensions }] });
}

function serverError(status: number, headers: Record<string, string> = {}) {
  const response = new Response('Bad Gateway', { status, headers });
  return new ServerError('Response not successful', { response, bodyText: 'Bad Gateway' });
}

describe('describeError', () => {
  it('names a wrong password by its reason, not as a lost session', () => {
    const error = graphQLError({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(describeError(error)).toMatchObject({ key: 'invalidCredentials', code: 'UNAUTHENTICATED' });
    expect(isSessionExpired(error)).toBe(false);
  });

  it('tells a signed-out person their session expired', () => {
    const error = graphQLError({ code: 'UNAUTHENTICATED' });
    expect(describeError(error).key).toBe('sessionExpired');
    expect(isSessionExpired(error)).toBe(true);
  });

  it('rounds the rate-limit wait up to whole minutes', () => {
    expect(describeError(graphQLError({ code: 'RATE_LIMITED', retryAfterSeconds: 125 }))).toEqual({
      key: 'rateLimited',
      values: { count: 3 },
      code: 'RATE_LIMITED',
    });
    expect(describeError(graphQLError({ code: 'RATE_LIMITED', retryAfterSeconds: 20 })).values).toEqual({ count: 1 });
  });

  it('asks to wait a moment when the server gives no delay', () => {
    expect(describeError(graphQLError({ code: 'RATE_LIMITED' })).key).toBe('rateLimitedShort');
  });

  it('explains each invitation problem', () => {
    expect(describeError(graphQLError({ code: 'BAD_USER_INPUT', reason: 'INVITATION_EXPIRED' })).key).toBe('invitationExpired');
    expect(describeError(graphQLError({ code: 'CONFLICT', reason: 'INVITATION_USED' })).key).toBe('invitationUsed');
    expect(describeError(graphQLError({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' })).key).toBe('emailTaken');
    expect(describeError(graphQLError({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' })).key).toBe('weakPassword');
  });

  it('lets a screen reword a code, while a specific reason still wins', () => {
    const overrides = { NOT_FOUND: 'invitationNotFound' } as const;
    expect(describeError(graphQLError({ code: 'NOT_FOUND' }), overrides).key).toBe('invitationNotFound');
    expect(describeError(graphQLError({ code: 'NOT_FOUND' })).key).toBe('notFound');
    expect(describeError(graphQLError({ code: 'CONFLICT', reason: 'INVITATION_USED' }), { CONFLICT: 'conflict' }).key).toBe(
      'invitationUsed',
    );
  });

  it('maps every other code to its own sentence', () => {
    expect(describeError(graphQLError({ code: 'FORBIDDEN' })).key).toBe('forbidden');
    expect(describeError(graphQLError({ code: 'BAD_USER_INPUT' })).key).toBe('badUserInput');
    expect(describeError(graphQLError({ code: 'CONFLICT' })).key).toBe('conflict');
    expect(describeError(graphQLError({ code: 'INTERNAL_SERVER_ERROR' })).key).toBe('internal');
  });

  it('falls back to a general sentence for codes it does not know', () => {
    expect(describeError(graphQLError({ code: 'GRAPHQL_VALIDATION_FAILED' }))).toMatchObject({
      key: 'unknown',
      code: 'UNKNOWN',
    });
    expect(describeError(graphQLError({}))).toMatchObject({ key: 'unknown' });
  });

  it('reports an unreachable server as a network problem', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatchObject({ key: 'network', code: 'NETWORK' });
    expect(describeError(serverError(502))).toMatchObject({ key: 'network', code: 'NETWORK' });
  });

  it('reads Retry-After from an HTTP 429', () => {
    expect(describeError(serverError(429, { 'retry-after': '600' }))).toMatchObject({
      key: 'rateLimited',
      values: { count: 10 },
    });
  });

  it('never returns a raw message', () => {
    const { key } = describeError(new Error('SQLITE_CONSTRAINT: UNIQUE failed'));
    expect(key).toBe('unknown');
  });
});
