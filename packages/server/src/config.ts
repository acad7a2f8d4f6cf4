import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `demo`: `npm start`, with the demo sign-in and fake dossiers; `production`: neither, ever. */
export type ServerMode = 'demo' | 'production';

/** How many requests one client may make to the API in a window; `requests: 0` turns the limit off. */
export interface RateLimitConfig {
  readonly requests: number;
  readonly windowMs: number;
}

/** The server's settings, read from environment variables with defaults. */
export interface ServerConfig {
  readonly mode: ServerMode;
  readonly host: string;
  readonly port: number;
  /** Folder of the demo portal's pages. */
  readonly demoDir: string;
  /** Folder of the built in-browser module (both flavours). */
  readonly bundleDir: string;
  /** Where the embedded database keeps its files; `memory://` keeps nothing. Unused when `databaseUrl` is set. */
  readonly dataDir: string;
  /** The PostgreSQL server to use instead of the embedded database (`postgres://…`); empty for PGlite. */
  readonly databaseUrl: string;
  /** Most connections this process opens to the PostgreSQL server at once (its pool's size). */
  readonly databasePoolMax: number;
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  readonly corsOrigins: readonly string[];
  /** Largest request body accepted, in bytes; larger ones get 413. */
  readonly bodyLimitBytes: number;
  readonly rateLimit: RateLimitConfig;
  /** How often the housekeeping runs (phone retention, old idempotency keys and rate-limit rows), one instance at a time. */
  readonly maintenanceIntervalMs: number;
  /** Whether an empty database is filled with the default catalog, messages and demo dossiers (demo mode only). */
  readonly seed: boolean;
  /** Whether `GET /metrics` answers (Prometheus text format). */
  readonly metrics: boolean;
  /** How long a stop signal lets open requests finish before the database is closed anyway, in seconds. */
  readonly shutdownTimeoutS: number;
  /** The leaders' hotline as a `tel:` URL for the ticker; empty for none. */
  readonly hotline: string;
  /** Whether the client address is taken from `X-Forwarded-For` (only behind a trusted reverse proxy). */
  readonly trustProxy: boolean;
  /**
   * The demo's sign-in: random secrets made at start and `POST /demo/sign-in` handing out a staff token to anyone
   * who asks. For `npm start` only, never in production.
   */
  readonly demoAuth: boolean;
}

/** Raised when an environment variable holds a value the server cannot use. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The environment variable at fault. */
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(message);
    this.variable = variable;
  }
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 8787;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new ConfigError('CQTT_PORT', `CQTT_PORT must be a port number (0-65535), got "${value}".`);
  }
  return parsed;
}

function wholeNumber(variable: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || parsed < min || parsed > max) {
    throw new ConfigError(variable, `${variable} must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return parsed;
}

function flag(variable: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  const normalized = value.trim().toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(normalized)) return true;
  if (['0', 'false', 'off', 'no'].includes(normalized)) return false;
  throw new ConfigError(variable, `${variable} must be on or off (1/0, true/false), got "${value}".`);
}

function mode(value: string | undefined): ServerMode {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'production') return 'production';
  if (text === 'demo') return 'demo';
  throw new ConfigError('CQTT_MODE', `CQTT_MODE must be demo or production, got "${value}".`);
}

function demoOnly(variable: string, enabled: boolean, serverMode: ServerMode, what: string): boolean {
  if (enabled && serverMode !== 'demo') throw new ConfigError(variable, `${variable} ${what}: only with CQTT_MODE=demo, never in production.`);
  return enabled;
}

function origins(value: string | undefined): readonly string[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError('CQTT_CORS_ORIGINS', `CQTT_CORS_ORIGINS must list origins such as https://dichvucong.example.gov.vn, got "${origin}".`);
    }
    if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.origin !== origin) {
      throw new ConfigError('CQTT_CORS_ORIGINS', `CQTT_CORS_ORIGINS entries must be bare origins (scheme://host[:port]), got "${origin}".`);
    }
    return origin;
  });
}

function databaseUrl(value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')) {
    throw new ConfigError('CQTT_DATABASE_URL', 'CQTT_DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database), or empty for the embedded database.');
  }
  return trimmed;
}

/** A database URL fit to print: the password replaced. */
export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

function hotline(value: string | undefined): string {
  if (value === undefined) return 'tel:+842713000000';
  const trimmed = value.trim();
  if (trimmed === '') return '';
  if (!/^tel:\+84\d{9,10}$/.test(trimmed)) {
    throw new ConfigError('CQTT_HOTLINE', `CQTT_HOTLINE must be a Vietnamese number as a tel: URL (tel:+84…), or empty, got "${value}".`);
  }
  return trimmed;
}

/**
 * Reads the configuration from the environment. Every variable has a default:
 * `CQTT_MODE` (production; `npm start` sets demo), `CQTT_HOST` (127.0.0.1), `CQTT_PORT` or `PORT` (8787),
 * `CQTT_DATA_DIR` (`cqtt-data` in the working directory), `CQTT_DATABASE_URL` (none: the embedded PGlite in
 * `CQTT_DATA_DIR`; `postgres://…`: that PostgreSQL server), `CQTT_DATABASE_POOL_MAX` (10 connections per process),
 * `CQTT_CORS_ORIGINS` (none), `CQTT_BODY_LIMIT` (16384
 * bytes), `CQTT_RATE_LIMIT` (600 requests per client per `CQTT_RATE_WINDOW_MS`, 60000; 0 = off), `CQTT_MAINTENANCE_INTERVAL_MS`
 * (3600000), `CQTT_SEED` (on in
 * demo mode; refused in production), `CQTT_HOTLINE` (an example number), `CQTT_TRUST_PROXY` (off), `CQTT_METRICS`
 * (on), `CQTT_SHUTDOWN_TIMEOUT_S` (25), `CQTT_DEMO_AUTH` (on in demo mode; refused in production), `CQTT_DEMO_DIR`,
 * `CQTT_BUNDLE_DIR`. Access control is read apart, by `loadAuthSettings`.
 * @throws {ConfigError} when a value cannot be used.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const serverMode = mode(env.CQTT_MODE);
  const demo = serverMode === 'demo';
  return {
    mode: serverMode,
    host: env.CQTT_HOST || '127.0.0.1',
    port: port(env.CQTT_PORT ?? env.PORT),
    demoDir: env.CQTT_DEMO_DIR || `${repoRoot}demo`,
    bundleDir: env.CQTT_BUNDLE_DIR || `${repoRoot}packages/microfrontend/dist/browser`,
    dataDir: env.CQTT_DATA_DIR || resolve('cqtt-data'),
    databaseUrl: databaseUrl(env.CQTT_DATABASE_URL),
    databasePoolMax: wholeNumber('CQTT_DATABASE_POOL_MAX', env.CQTT_DATABASE_POOL_MAX, 10, 1, 1000),
    corsOrigins: origins(env.CQTT_CORS_ORIGINS),
    bodyLimitBytes: wholeNumber('CQTT_BODY_LIMIT', env.CQTT_BODY_LIMIT, 16_384, 256, 10_485_760),
    rateLimit: {
      requests: wholeNumber('CQTT_RATE_LIMIT', env.CQTT_RATE_LIMIT, 600, 0, 1_000_000),
      windowMs: wholeNumber('CQTT_RATE_WINDOW_MS', env.CQTT_RATE_WINDOW_MS, 60_000, 1_000, 86_400_000),
    },
    maintenanceIntervalMs: wholeNumber('CQTT_MAINTENANCE_INTERVAL_MS', env.CQTT_MAINTENANCE_INTERVAL_MS, 3_600_000, 1_000, 86_400_000),
    seed: demoOnly('CQTT_SEED', flag('CQTT_SEED', env.CQTT_SEED, demo), serverMode, 'adds fake dossiers'),
    hotline: hotline(env.CQTT_HOTLINE),
    trustProxy: flag('CQTT_TRUST_PROXY', env.CQTT_TRUST_PROXY, false),
    metrics: flag('CQTT_METRICS', env.CQTT_METRICS, true),
    shutdownTimeoutS: wholeNumber('CQTT_SHUTDOWN_TIMEOUT_S', env.CQTT_SHUTDOWN_TIMEOUT_S, 25, 0, 3600),
    demoAuth: demoOnly('CQTT_DEMO_AUTH', flag('CQTT_DEMO_AUTH', env.CQTT_DEMO_AUTH, demo), serverMode, 'gives anyone a staff token'),
  };
}

/** The configuration as printable lines, one setting each. */
export function describeConfig(config: ServerConfig): string[] {
  const rate = config.rateLimit.requests === 0 ? 'off' : `${config.rateLimit.requests} requests per ${config.rateLimit.windowMs} ms per client`;
  return [
    `mode: ${config.mode}`,
    `host: ${config.host}`,
    `port: ${config.port}`,
    config.databaseUrl === ''
      ? `dataDir: ${config.dataDir}`
      : `database: PostgreSQL at ${describeDatabaseUrl(config.databaseUrl)}, up to ${config.databasePoolMax} connections`,
    `corsOrigins: ${config.corsOrigins.length === 0 ? '(none)' : config.corsOrigins.join(', ')}`,
    `bodyLimitBytes: ${config.bodyLimitBytes}`,
    `rateLimit: ${rate}${config.databaseUrl === '' ? '' : ' (shared by every instance on the database)'}`,
    `maintenanceIntervalMs: ${config.maintenanceIntervalMs}`,
    `seed: ${config.seed ? 'on' : 'off'}`,
    `hotline: ${config.hotline === '' ? '(none)' : config.hotline}`,
    `trustProxy: ${config.trustProxy ? 'on' : 'off'}`,
    `metrics: ${config.metrics ? 'on (GET /metrics)' : 'off'}`,
    `shutdownTimeout: ${config.shutdownTimeoutS} s`,
    `demoAuth: ${config.demoAuth ? 'ON (demo sign-in for anyone; never in production)' : 'off'}`,
    `demoDir: ${config.demoDir}`,
    `bundleDir: ${config.bundleDir}`,
  ];
}
