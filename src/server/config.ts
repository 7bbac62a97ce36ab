import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  WEB_DIST: z.string().min(1).default('./dist/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: int(1024, 100 * 1024 * 1024).default(1024 * 1024),
  SESSION_IDLE_MINUTES: int(1, 24 * 60).default(30),
  SESSION_MAX_HOURS: int(1, 24 * 30).default(12),
  LOGIN_MAX_FAILURES: int(1, 100).default(5),
  LOGIN_LOCK_MINUTES: int(1, 24 * 60).default(15),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  SEED_DEMO: bool.optional(),
  SEARCH_CACHE_SECONDS: int(0, 3600).default(30),
  PDF_FONT_PATH: z.string().min(1).default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  PDF_FONT_FAMILY: z.string().min(1).default('NotoSansCJKsc-Regular'),
  CASE_EXTENSION_RATIO: z.coerce.number().min(0).max(1).default(0.5),
  CASE_YELLOW_DAYS: int(0, 30).default(1),
  CASE_YELLOW_RATIO: z.coerce.number().min(0).max(1).default(0.2),
  FILES_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_MB: int(1, 1024).default(20),
  UPLOAD_ORPHAN_HOURS: int(1, 24 * 365).default(48),
  JOBS_ENABLED: bool.default(true),
  WORKERS: int(1, 256).default(1),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  webDist: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  session: { idleMinutes: number; maxHours: number; cookieSecure: boolean };
  login: { maxFailures: number; lockMinutes: number };
  trustProxy: boolean;
  /** Seed the demo city on start when the database has no accounts yet. */
  seedDemo: boolean;
  /** How long a search's answer is reused for the same query (a catalog change drops them); 0 turns the cache off. */
  searchCacheSeconds: number;
  /** A CJK font for generated PDFs (Debian: fonts-noto-cjk); the family picks one face of a collection. */
  pdf: { fontPath: string; fontFamily: string };
  /**
   * Case deadlines (local rules): an extension may add at most this share of the statutory limit
   * (Art. 42: 10 on 20); a case turns yellow with this many working days or this share of its limit left.
   */
  cases: { extensionRatio: number; yellowDays: number; yellowRatio: number };
  /**
   * Where uploaded files live (default DATA_DIR/files), the largest upload accepted, in bytes, and
   * how long an upload nothing refers to is kept before it is deleted.
   */
  files: { dir: string; maxBytes: number; orphanHours: number };
  /** Whether this process polls the jobs table (tests run jobs by hand). */
  jobs: { enabled: boolean };
  /** Server processes sharing the port (PostgreSQL only): one Node.js process uses one core. */
  workers: number;
  /** The clock services read "now" and "today" from; tests replace it to work on fixed dates. */
  now: () => Date;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once; a bad value names the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.WORKERS > 1 && !e.DATABASE_URL) {
    throw new ConfigError([
      'WORKERS: more than one worker process needs PostgreSQL (DATABASE_URL); the embedded database belongs to one process',
    ]);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    webDist: path.resolve(e.WEB_DIST),
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    session: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      maxHours: e.SESSION_MAX_HOURS,
      cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    },
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES },
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO ?? (e.NODE_ENV === 'development' && !e.DATABASE_URL),
    searchCacheSeconds: e.SEARCH_CACHE_SECONDS,
    pdf: { fontPath: e.PDF_FONT_PATH, fontFamily: e.PDF_FONT_FAMILY },
    cases: {
      extensionRatio: e.CASE_EXTENSION_RATIO,
      yellowDays: e.CASE_YELLOW_DAYS,
      yellowRatio: e.CASE_YELLOW_RATIO,
    },
    files: {
      dir: path.resolve(e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
      maxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
      orphanHours: e.UPLOAD_ORPHAN_HOURS,
    },
    jobs: { enabled: e.JOBS_ENABLED },
    workers: e.WORKERS,
    now: () => new Date(),
  };
}
