/** Every `CQTT_*` variable the server reads (`loadConfig`, `loadAuthSettings`). */
export const knownVariables: readonly string[] = [
  'CQTT_MODE',
  'CQTT_HOST',
  'CQTT_PORT',
  'CQTT_DATA_DIR',
  'CQTT_DATABASE_URL',
  'CQTT_DATABASE_POOL_MAX',
  'CQTT_CORS_ORIGINS',
  'CQTT_BODY_LIMIT',
  'CQTT_RATE_LIMIT',
  'CQTT_RATE_WINDOW_MS',
  'CQTT_MAINTENANCE_INTERVAL_MS',
  'CQTT_SEED',
  'CQTT_HOTLINE',
  'CQTT_TRUST_PROXY',
  'CQTT_METRICS',
  'CQTT_SHUTDOWN_TIMEOUT_S',
  'CQTT_DEMO_AUTH',
  'CQTT_DEMO_DIR',
  'CQTT_BUNDLE_DIR',
  'CQTT_AUTH_ISSUER',
  'CQTT_AUTH_AUDIENCE',
  'CQTT_AUTH_JWKS_URL',
  'CQTT_AUTH_PUBLIC_KEY',
  'CQTT_AUTH_HMAC_SECRET',
  'CQTT_AUTH_CLOCK_SKEW_S',
  'CQTT_AUTH_MAX_TOKEN_AGE_S',
  'CQTT_AUTH_AGENCY_CLAIM',
  'CQTT_AUTH_ROLES_CLAIM',
  'CQTT_ADMIN_ROLE',
  'CQTT_SURVEY_TOKEN_SECRET',
  'CQTT_SURVEY_TOKEN_TTL_DAYS',
  'CQTT_PHONE_RETENTION_DAYS',
];

/** Variables of the project's own tooling (tests, screenshots) that the server ignores on purpose. */
const toolingVariables: ReadonlySet<string> = new Set(['CQTT_TEST_ZONES', 'CQTT_BROWSER_ZONES', 'CQTT_SCREENSHOT_DIR', 'CQTT_TEST_DATABASE_URL']);

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A `CQTT_*` variable the server does not read, with the known one it was probably meant to be. */
export interface UnknownVariable {
  readonly name: string;
  readonly suggestion?: string;
}

/**
 * The `CQTT_*` variables of `env` that the server does not read (a misspelt one is otherwise silently ignored),
 * each with the nearest known name when it is a few letters away.
 */
export function unknownVariables(env: NodeJS.ProcessEnv): UnknownVariable[] {
  return Object.keys(env)
    .filter((name) => name.startsWith('CQTT_') && !knownVariables.includes(name) && !toolingVariables.has(name))
    .sort()
    .map((name) => {
      const [nearest] = knownVariables
        .map((known) => ({ known, distance: editDistance(name, known) }))
        .sort((a, b) => a.distance - b.distance);
      return nearest && nearest.distance <= Math.max(2, Math.floor(name.length / 5)) ? { name, suggestion: nearest.known } : { name };
    });
}
