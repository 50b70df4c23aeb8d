import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from './errors.js';

export interface RateLimitRule {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

export const RULES = {
  loginPerAccount: { keyPrefix: 'rl_login_account', points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  loginPerIp: { keyPrefix: 'rl_login_ip', points: 30, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  invitePerUser: { keyPrefix: 'rl_invite', points: 30, durationSeconds: 60 * 60 },
  // Generous for a person (an outbox flushing after a train tunnel), refuses a script.
  messagePerUser: { keyPrefix: 'rl_message', points: 40, durationSeconds: 10 },
  // One space export at a time per person: taken when it starts, given back when it ends; the
  // duration only frees it if an instance died mid-way.
  exportPerUser: { keyPrefix: 'rl_export', points: 1, durationSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

export type RuleName = keyof typeof RULES;

/** Rate limiters shared by every instance when Redis is there, per process otherwise. */
export class RateLimits {
  private readonly limiters = new Map<RuleName, RateLimiterAbstract>();

  constructor(redis?: Redis) {
    for (const [name, rule] of Object.entries(RULES) as [RuleName, RateLimitRule][]) {
      const options = {
        keyPrefix: rule.keyPrefix,
        points: rule.points,
        duration: rule.durationSeconds,
        blockDuration: rule.blockSeconds ?? 0,
      };
      this.limiters.set(
        name,
        redis
          ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
          : new RateLimiterMemory(options),
      );
    }
  }

  /** Throws RATE_LIMITED (with the delay before a retry) when `key` has used up its points. */
  async check(rule: RuleName, key: string): Promise<void> {
    const res = await this.limiters.get(rule)!.get(key);
    if (res && res.consumedPoints >= RULES[rule].points) throw rateLimited(res);
  }

  async consume(rule: RuleName, key: string): Promise<void> {
    try {
      await this.limiters.get(rule)!.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error);
      throw error;
    }
  }

  async reset(rule: RuleName, key: string): Promise<void> {
    await this.limiters.get(rule)!.delete(key);
  }
}

function rateLimited(res: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new AppError('RATE_LIMITED', `Too many attempts; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
}
