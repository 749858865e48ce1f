import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address.mjs";

// Every environment variable the app reads, validated once. The launcher
// (scripts/start.mjs) fills DATABASE_URL and NEXTAUTH_SECRET in embedded mode.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL"),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  DATA_DIR: z.string().default("./data"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Recourse <no-reply@recourse.local>"),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (per-IP throttling): a comma-separated
   * CIDR list, none by default. lib/auth/client-address.mjs parses it (the launcher's HTTP
   * server refuses to start on a bad entry); the same check runs here.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((v) => parseTrustedProxies(v).ok, "TRUSTED_PROXIES must be a comma-separated list of CIDR ranges"),
  /** At most this many trusted proxies are stepped over, right to left, each one in TRUSTED_PROXIES. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  /**
   * Connections in the app's pool (pg's default when unset). The launcher sets 1 in embedded
   * mode: PGlite is one session, and pglite-socket interleaves extended-protocol messages of
   * concurrent connections outside a transaction ("portal does not exist" under load).
   */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** Evidence blobs go to this S3-compatible bucket when set; otherwise to DATA_DIR/evidence. */
  S3_BUCKET: z.string().min(3).optional(),
  /** e.g. https://oss-cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000 (MinIO); unset = AWS. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** true for MinIO and most self-hosted servers: bucket in the path, not the host name. */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Evidence limits in MiB: one file, and all files of one case together. */
  EVIDENCE_MAX_FILE_MB: z.coerce.number().positive().max(2047).default(25),
  EVIDENCE_MAX_CASE_MB: z.coerce
    .number()
    .positive()
    .max(1024 * 1024)
    .default(500),
  /** Per-user quotas: all evidence of one user together (MiB), and uses per hour. */
  USER_STORAGE_MAX_MB: z.coerce
    .number()
    .positive()
    .max(1024 * 1024)
    .default(2048),
  QUOTA_CASES_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  QUOTA_UPLOADS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(200),
  QUOTA_EXPORTS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Reminder worker: idle poll interval, claim lease, rows per claim, emails sent at once. */
  REMINDER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  REMINDER_LEASE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(120),
  REMINDER_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  REMINDER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** First retry after a transient SMTP failure waits up to this long; each further one doubles it. */
  REMINDER_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** Claims of one reminder (sends, and workers that died holding it) before it is marked failed. */
  REMINDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(6),
  /** The launcher's web server: port, and the address it listens on (its default depends on the mode). */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).optional(),
  /**
   * The web server's V8 old-space cap in MiB (the launcher's --max-old-space-size): garbage is
   * collected before the heap grows past it, so the process stays bounded under load (ADR 0029).
   */
  WEB_HEAP_MB: z.coerce.number().int().min(128).max(16_384).default(256),
  /** Embedded: the launcher backs up every this many hours (unset: no scheduled backups). */
  BACKUP_EVERY_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .optional(),
  /** Where scheduled backups go (default DATA_DIR/backups; another disk is better). */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Scheduled backups kept; older ones are deleted. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
  /**
   * The checkout the server runs from (its .worker/ bundles and the OCR child), when it is not
   * the working directory (unset: the working directory; ADR 0035).
   */
  RECOURSE_ROOT: z.string().min(1).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/**
 * Validates `source` against the schema. The launcher (scripts/start.mjs) runs this on the
 * environment it will hand to the web server and the worker, before it starts anything.
 */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; message: string } {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  return { ok: false, message: `Invalid environment:\n${problems}\nSee README.md, "Configuration".` };
}

export function env(): Env {
  if (cached) return cached;
  const parsed = parseEnv(process.env);
  if (!parsed.ok) throw new Error(parsed.message);
  cached = parsed.env;
  return cached;
}

/**
 * One setting, validated by its own field of the schema: for code that runs where the rest of
 * the environment need not be complete (the proxy, headers, cookies and their unit tests).
 */
export function setting<K extends keyof Env>(key: K): Env[K] {
  const parsed = EnvSchema.shape[key].safeParse(process.env[key]);
  if (!parsed.success) throw new Error(`Invalid environment:\n  ${key}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as Env[K];
}

/** Tests point the app at a fresh database per file; they reset the cache. */
export function resetEnvForTests(): void {
  cached = undefined;
}
