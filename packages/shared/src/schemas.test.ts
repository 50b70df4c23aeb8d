import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { displayNameSchema, emailSchema, passwordSchema } from './schemas.js';

describe('shared input schemas', () => {
  it('normalises email addresses to lower case without surrounding spaces', () => {
    expect(emailSchema.parse('  Claire.E@Example.ORG ')).toBe('claire.e@example.org');
    expect(emailSchema.safeParse('not an email').success).toBe(false);
  });

  it('asks passwords of the shared minimum length', () => {
    expect(passwordSchema.safeParse('x'.repeat(LIMITS.passwordMinLength - 1)).success).toBe(false);
    expect(passwordSchema.safeParse('x'.repeat(LIMITS.passwordMinLength)).success).toBe(true);
  });

  it('refuses an empty display name', () => {
    expect(displayNameSchema.safeParse('   ').success).toBe(false);
    expect(displayNameSchema.parse(' Léa ')).toBe('Léa');
  });
});
