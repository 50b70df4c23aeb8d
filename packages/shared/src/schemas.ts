import { z } from 'zod';
import { LIMITS } from './limits.js';

export const emailSchema = z
  .string()
  .trim()
  .max(LIMITS.emailMaxLength)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

export const passwordSchema = z.string().min(LIMITS.passwordMinLength).max(LIMITS.passwordMaxLength);

export const displayNameSchema = z.string().trim().min(1).max(LIMITS.displayNameMaxLength);
