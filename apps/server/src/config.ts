import { resolve } from 'node:path';
import { z } from 'zod';
import {
  NODE_ID_PATTERN,
  NODE_ROLES,
  type AutoChaseSettings,
  DEFAULT_CROSS_BORDER_SETTINGS,
  type CrossBorderSettings,
  type WorkCalendar,
} from '@shuan/core';
import { loadHolidaysFile } from './node/work-calendar.ts';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * Every setting of the server, read from environment variables and validated at start.
 * Each field's message is bilingual so that a bad value says what is wrong and what is allowed.
 */
const ConfigSchema = z.object({
  SHUAN_PORT: z.coerce
    .number({ error: '须为 0–65535 的整数 / must be an integer 0–65535' })
    .int('须为整数 / must be an integer')
    .min(0, '须 ≥ 0 / must be ≥ 0')
    .max(65535, '须 ≤ 65535 / must be ≤ 65535')
    .default(8080),
  SHUAN_HOST: z.string().min(1, '不能为空 / must not be empty').default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, '须为 postgres:// 地址 / must be a postgres:// URL')
    .optional(),
  SHUAN_DATA_DIR: z.string().min(1).default('.data/node'),
  SHUAN_PG_PORT: z.coerce
    .number({ error: '须为 1–65535 的整数 / must be an integer 1–65535' })
    .int()
    .min(1)
    .max(65535)
    .default(54329),
  SHUAN_ROLE: z
    .enum(NODE_ROLES, {
      error: `须为 ${NODE_ROLES.join(' / ')} 之一 / must be one of ${NODE_ROLES.join(', ')}`,
    })
    .default('enterprise'),
  SHUAN_ADMIN_PASSWORD: z.string().min(10, '至少 10 个字符 / at least 10 characters').optional(),
  SHUAN_ORG_NAME: z.string().min(1).max(100).default('示例企业 Demo Enterprise'),
  SHUAN_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error:
        '须为 fatal/error/warn/info/debug/trace/silent 之一 / must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  SHUAN_WEB_DIR: z.string().min(1).optional(),
  SHUAN_COOKIE_SECURE: bool.default(false),
  SHUAN_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  SHUAN_DEMO_SOURCE: bool.default(true),
  SHUAN_FILE_SOURCE_ROOTS: z.string().optional(),
  SHUAN_NODE_ID: z
    .string()
    .regex(
      NODE_ID_PATTERN,
      '须为 1–128 个字母、数字或 ._:-，以字母或数字开头 / 1–128 letters, digits or ._:-, starting with a letter or digit',
    )
    .optional(),
  SHUAN_PARENT_URL: z
    .url({ protocol: /^https?$/, error: '须为 http(s):// 地址 / must be an http(s):// URL' })
    .optional(),
  SHUAN_FEDERATION_SYNC_SECONDS: z.coerce
    .number({ error: '须为 1–3600 的整数 / must be an integer 1–3600' })
    .int()
    .min(1)
    .max(3600)
    .default(30),
  SHUAN_FEDERATION_VERIFY_WORKERS: z.coerce.number().int().min(0).max(16).default(2),
  SHUAN_DB_POOL_MAX: z.coerce
    .number({ error: '须为 2–200 的整数 / must be an integer 2–200' })
    .int('须为整数 / must be an integer')
    .min(2, '须 ≥ 2 / must be ≥ 2')
    .max(200, '须 ≤ 200 / must be ≤ 200')
    .default(20),
  SHUAN_JOB_POLL_SECONDS: z.coerce
    .number({ error: '须为 0.5–300 的秒数 / must be seconds in 0.5–300' })
    .min(0.5, '须 ≥ 0.5 / must be ≥ 0.5')
    .max(300, '须 ≤ 300 / must be ≤ 300')
    .optional(),
  SHUAN_HOLIDAYS_FILE: z.string().min(1).optional(),
  SHUAN_RESPONSE_CACHE_MB: z.coerce
    .number({ error: '须为 0–1024 的整数 / must be an integer 0–1024' })
    .int('须为整数 / must be an integer')
    .min(0, '须 ≥ 0 / must be ≥ 0')
    .max(1024, '须 ≤ 1024 / must be ≤ 1024')
    .default(32),
  SHUAN_WARNING_AUTO_CHASE: bool.default(true),
  SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN: bool.default(true),
  SHUAN_WARNING_AUTO_CHASE_FROM_HOUR: z.coerce
    .number({ error: '须为 0–23 的整数 / must be an integer 0–23' })
    .int('须为整数 / must be an integer')
    .min(0, '须 ≥ 0 / must be ≥ 0')
    .max(23, '须 ≤ 23 / must be ≤ 23')
    .default(9),
});

/** The validated settings of one server process. */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  role: (typeof NODE_ROLES)[number];
  adminPassword: string | undefined;
  orgName: string;
  logLevel: string;
  webDir: string;
  cookieSecure: boolean;
  sessionHours: number;
  demoSource: boolean;
  /**
   * Folders that SQLite and file sources must lie in (absolute, resolved); `undefined` lets
   * officers register any path the server can read. The data folder is always allowed.
   */
  fileSourceRoots: string[] | undefined;
  /**
   * This node's federation id (`SHUAN_NODE_ID`); when unset, the id kept in the data folder
   * (generated at first start) is used. It cannot change once peers know it.
   */
  nodeId: string | undefined;
  /** The parent's base URL for enrollment and sync; overrides the one stored at enrollment. */
  parentUrl: string | undefined;
  /** How often a child pushes, pulls and sends a heartbeat, in seconds. */
  federationSyncSeconds: number;
  /** Worker threads verifying SM2 signatures of incoming envelopes (0: on the main thread). */
  federationVerifyWorkers: number;
  /**
   * How often every job queue asks PostgreSQL for work, in seconds; undefined: each queue's
   * own interval (0.5 s for sync and scans, 2 s for the hourly and daily jobs). Many nodes
   * on one database server (a test country, a shared host) set it higher.
   */
  jobPollSeconds: number | undefined;
  /** Most database connections of the node's request pool (the job queue has 4 more). */
  dbPoolMax: number;
  /** Size bound of the response cache of the lists in MiB; 0 turns the caches off. */
  responseCacheMb: number;
  /**
   * Public holidays and make-up working days (`SHUAN_HOLIDAYS_FILE`, validated when the
   * configuration is loaded) for every working-day deadline; weekends only when unset.
   */
  workCalendar?: WorkCalendar | undefined;
  /**
   * Automatic chasing of warnings past their deadlines (`SHUAN_WARNING_AUTO_CHASE`, default
   * on; `SHUAN_WARNING_AUTO_CHASE_FROM_HOUR`, Beijing hour from which reminders go out, 9).
   * Optional so that configs built by hand keep the defaults.
   */
  warningAutoChase?: AutoChaseSettings | undefined;
  /**
   * The cross-border self-check's settings (`SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN`, default
   * true: core data may not leave; false: it needs a security assessment). Optional so that
   * configs built by hand keep the defaults; read it with `crossBorderSettingsOf`.
   */
  crossBorder?: CrossBorderSettings | undefined;
}

/** A configuration that failed validation; `message` lists every bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The default folder of the built web app. */
export const DEFAULT_WEB_DIR = resolve(import.meta.dirname, '../../web/dist');

/**
 * Reads and validates the configuration from `env` (default `process.env`). Empty strings
 * count as unset. Throws {@link ConfigError} with one line per bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`配置无效 / invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.SHUAN_PORT,
    host: c.SHUAN_HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.SHUAN_DATA_DIR),
    embeddedPgPort: c.SHUAN_PG_PORT,
    role: c.SHUAN_ROLE,
    adminPassword: c.SHUAN_ADMIN_PASSWORD,
    orgName: c.SHUAN_ORG_NAME,
    logLevel: c.SHUAN_LOG_LEVEL,
    webDir: c.SHUAN_WEB_DIR === undefined ? DEFAULT_WEB_DIR : resolve(c.SHUAN_WEB_DIR),
    cookieSecure: c.SHUAN_COOKIE_SECURE,
    sessionHours: c.SHUAN_SESSION_HOURS,
    demoSource: c.SHUAN_DEMO_SOURCE,
    fileSourceRoots:
      c.SHUAN_FILE_SOURCE_ROOTS === undefined
        ? undefined
        : c.SHUAN_FILE_SOURCE_ROOTS.split(',')
            .map((root) => root.trim())
            .filter((root) => root.length > 0)
            .map((root) => resolve(root)),
    nodeId: c.SHUAN_NODE_ID,
    parentUrl: c.SHUAN_PARENT_URL?.replace(/\/+$/, ''),
    federationSyncSeconds: c.SHUAN_FEDERATION_SYNC_SECONDS,
    federationVerifyWorkers: c.SHUAN_FEDERATION_VERIFY_WORKERS,
    jobPollSeconds: c.SHUAN_JOB_POLL_SECONDS,
    dbPoolMax: c.SHUAN_DB_POOL_MAX,
    responseCacheMb: c.SHUAN_RESPONSE_CACHE_MB,
    warningAutoChase: {
      enabled: c.SHUAN_WARNING_AUTO_CHASE,
      fromHour: c.SHUAN_WARNING_AUTO_CHASE_FROM_HOUR,
    },
    crossBorder: { coreDataOutboundForbidden: c.SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN },
    workCalendar:
      c.SHUAN_HOLIDAYS_FILE === undefined
        ? undefined
        : loadHolidaysFile(resolve(c.SHUAN_HOLIDAYS_FILE)),
  };
}

/** The node's cross-border settings; core's defaults for a config built without them. */
export function crossBorderSettingsOf(
  config: Pick<ServerConfig, 'crossBorder'>,
): CrossBorderSettings {
  return config.crossBorder ?? { ...DEFAULT_CROSS_BORDER_SETTINGS };
}
