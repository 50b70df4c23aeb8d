import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The only reader of process.env. Everything else receives a Config.

// The repository root: the nearest folder above this file holding pnpm-workspace.yaml
// (the same from src/ under swc and from dist/ once compiled).
function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
const repoRoot = findRepoRoot();
const ON_OFF = z.enum(['on', 'off']);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DEMO_DATA: ON_OFF.optional(),
  PUBLIC_URL: z.url({ error: 'must be an absolute URL such as https://tandem.example.org' }).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{0,64}$/, 'letters, digits and _ : . - only (at most 64)')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Tandem <no-reply@tandem.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.string().optional(),
  WEB_DIST: z.string().optional(),
  S3_ENDPOINT: z.url({ error: 'must be an absolute URL such as https://s3.example.org' }).optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY: z.string().min(1).optional(),
  S3_SECRET_KEY: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  DIRECTORY_CACHE: ON_OFF.default('on'),
  DIRECTORY_INDEX: ON_OFF.default('on'),
  SESSION_CACHE_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(60_000).default(1000),
  SQLITE_CHECKPOINT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(60_000).default(250),
  MAIL_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
  MAIL_WORKER_INTERVAL_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(0).max(3600).default(10),
  MAIL_LEASE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(10).max(86_400).default(300),
  MAIL_RETRY_BASE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(1).max(86_400).default(60),
  MAIL_RETRY_MAX_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(1).max(604_800).default(3600),
  DIGEST_DAILY_HOUR: z.coerce.number({ error: 'must be an hour 0-23' }).int().min(0).max(23).default(8),
});

/** S3-compatible object storage for document files (path-style addressing, MinIO-style endpoint). */
export interface S3Config {
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  region: string;
}

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  demoData: boolean;
  publicUrl: string;
  /** Browser origin derived from publicUrl (scheme://host[:port]); WebSocket Origin must match. */
  publicOrigin: string;
  secureCookies: boolean;
  redisUrl?: string;
  /** Prepended to the rate-limit keys Tandem writes to Redis (deployments or test runs sharing one Redis). */
  redisKeyPrefix: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  /** express `trust proxy` value: false, a hop count, or a list of addresses. */
  trustProxy: boolean | number | string;
  /** Folder of the built web app; the server serves it when it exists. */
  webDist: string;
  /** Document files go to S3 when set, to `$DATA_DIR/files` otherwise. */
  s3?: S3Config;
  /** Keep directory pages and counts in memory until the next directory write (off: every read hits SQL). */
  directoryCache: boolean;
  /** With the cache: the directory's filters as in-memory bitsets, so a new filter is counted and paged from bits (off: SQL). */
  directoryIndex: boolean;
  /**
   * How long a signed-in person's session and account, once read, answer requests without a query
   * (0: read on every request). Logging out and the app's own account changes apply at once on every
   * instance; a change made to the database behind the app's back applies within this time.
   */
  sessionCacheMs: number;
  /** SQLite: how often a worker thread checkpoints the WAL, off the event loop (0: SQLite does it in commits). */
  sqliteCheckpointMs: number;
  mail: MailConfig;
}

/** Notification emails: the outbox worker of every instance, and the key of unsubscribe links. */
export interface MailConfig {
  /** HMAC key of unsubscribe links; unset → a random key generated once and kept in the database. */
  secret?: string;
  /** How often the worker looks for due emails; 0 = no worker in this process. */
  workerIntervalSeconds: number;
  /** A claimed email is someone else's to retry after this long (covers a crash mid-send). */
  leaseSeconds: number;
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /** Daily digests go out from this hour, Paris time. */
  digestDailyHour: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parseDatabaseUrl(raw: string | undefined, dataDir: string): DatabaseConfig | string {
  if (!raw) return { kind: 'sqlite', path: path.join(dataDir, 'tandem.sqlite') };
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) return 'DATABASE_URL: sqlite: needs a file path, e.g. sqlite:/var/lib/tandem/tandem.sqlite';
    return { kind: 'sqlite', path: path.resolve(file) };
  }
  if (/^(mysql|mariadb):\/\//.test(raw)) {
    try {
      const url = new URL(raw);
      if (!url.pathname || url.pathname === '/') {
        return 'DATABASE_URL: mysql:// URL needs a database name, e.g. mysql://user:pass@host:3306/tandem';
      }
      return { kind: 'mysql', url: raw.replace(/^mariadb:/, 'mysql:') };
    } catch {
      return 'DATABASE_URL: not a valid mysql:// URL';
    }
  }
  return `DATABASE_URL: unknown kind "${raw.split(':')[0]}" (use sqlite:/path/file.sqlite or mysql://user:pass@host:3306/db)`;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`);
    }
  }
  const e = parsed.success ? parsed.data : envSchema.partial().parse({});
  const dataDir = path.resolve(e.DATA_DIR ?? path.join(repoRoot, 'data'));
  const database = parseDatabaseUrl(env.DATABASE_URL, dataDir);
  if (typeof database === 'string') problems.push(database);
  const s3Keys = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'] as const;
  const s3Set = s3Keys.filter((key) => e[key]);
  if (s3Set.length > 0 && s3Set.length < s3Keys.length) {
    const missing = s3Keys.filter((key) => !e[key]).join(', ');
    problems.push(`S3 storage: ${missing} missing (set all of ${s3Keys.join(', ')}, or none for local files)`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const nodeEnv = e.NODE_ENV ?? 'development';
  const port = e.PORT ?? 4000;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const origin = new URL(publicUrl).origin;
  return {
    env: nodeEnv,
    port,
    host: e.HOST ?? '0.0.0.0',
    dataDir,
    database: database as DatabaseConfig,
    demoData: (e.DEMO_DATA ?? (nodeEnv === 'production' ? 'off' : 'on')) === 'on',
    publicUrl,
    publicOrigin: origin,
    secureCookies: publicUrl.startsWith('https://'),
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX ?? '',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'Tandem <no-reply@tandem.local>',
    logLevel: e.LOG_LEVEL ?? 'info',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    webDist: path.resolve(e.WEB_DIST ?? path.join(repoRoot, 'apps/web/dist')),
    s3:
      s3Set.length === s3Keys.length
        ? {
            endpoint: e.S3_ENDPOINT!,
            bucket: e.S3_BUCKET!,
            accessKey: e.S3_ACCESS_KEY!,
            secretKey: e.S3_SECRET_KEY!,
            region: e.S3_REGION ?? 'us-east-1',
          }
        : undefined,
    directoryCache: (e.DIRECTORY_CACHE ?? 'on') === 'on',
    directoryIndex: (e.DIRECTORY_INDEX ?? 'on') === 'on',
    sessionCacheMs: e.SESSION_CACHE_MS ?? 1000,
    sqliteCheckpointMs: e.SQLITE_CHECKPOINT_MS ?? 250,
    mail: {
      secret: e.MAIL_SECRET,
      workerIntervalSeconds: e.MAIL_WORKER_INTERVAL_SECONDS ?? 10,
      leaseSeconds: e.MAIL_LEASE_SECONDS ?? 300,
      retryBaseSeconds: e.MAIL_RETRY_BASE_SECONDS ?? 60,
      retryMaxSeconds: e.MAIL_RETRY_MAX_SECONDS ?? 3600,
      digestDailyHour: e.DIGEST_DAILY_HOUR ?? 8,
    },
  };
}
