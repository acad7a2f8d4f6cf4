import { createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigError } from '../config.js';

/** Signature algorithms a staff token may use; `none` and every algorithm not listed here are refused. */
export type StaffAlgorithm = 'RS256' | 'ES256' | 'EdDSA' | 'Ed25519' | 'HS256';

/**
 * How staff tokens are checked: against the portal's JWKS document, one public key (PEM), or a shared HMAC
 * secret. Each source carries its own algorithm allow-list, so an HS256 token is never accepted when a public
 * key or a JWKS is configured.
 */
export type StaffKeySource =
  | { readonly kind: 'jwks'; readonly url: URL; readonly algorithms: readonly StaffAlgorithm[] }
  | { readonly kind: 'public-key'; readonly key: KeyObject; readonly algorithms: readonly StaffAlgorithm[] }
  | { readonly kind: 'hmac'; readonly secret: Uint8Array; readonly algorithms: readonly ['HS256'] };

/** Access-control and privacy settings, read from the environment by `loadAuthSettings`. */
export interface AuthSettings {
  /** The `iss` every staff token must carry (the portal's identity provider). */
  readonly issuer: string;
  /** The `aud` every staff token must carry (this service). */
  readonly audience: string;
  readonly staffKey: StaffKeySource;
  /** Tolerated difference between the portal's clock and ours, in seconds (0-300). */
  readonly clockSkewS: number;
  /** The longest lifetime of a staff token (`exp` − `iat`), in seconds; 0 accepts any. */
  readonly maxTokenAgeS: number;
  /** Name of the staff token claim that lists the user's agency codes. */
  readonly agencyClaim: string;
  /** Name of the staff token claim that lists the user's roles. */
  readonly rolesClaim: string;
  /** The role, in the roles claim, that opens the administration API (`/api/v1/admin/…`). */
  readonly adminRole: string;
  /** HMAC-SHA256 secret of survey tokens, shared with the portal when it issues them. */
  readonly surveyTokenSecret: Uint8Array;
  /** A survey token is valid this many days after the result was returned. */
  readonly surveyTokenTtlDays: number;
  /** A call-back phone number is deleted this many days after the survey was received. */
  readonly phoneRetentionDays: number;
}

/** The audience of survey tokens; a staff audience may never equal it, so one token can never be both. */
export const surveyTokenAudience = 'cqtt-survey';

const minimumSecretBytes = 32;
const jwksAlgorithms: readonly StaffAlgorithm[] = ['RS256', 'ES256', 'EdDSA', 'Ed25519'];
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function required(variable: string, value: string | undefined, what: string): string {
  const text = present(value);
  if (text === undefined) throw new ConfigError(variable, `${variable} is required: ${what}.`);
  return text;
}

function wholeNumber(variable: string, value: string | undefined, fallback: number, min: number, max: number): number {
  const text = present(value);
  if (text === undefined) return fallback;
  const parsed = Number(text);
  if (!/^\d+$/.test(text) || parsed < min || parsed > max) {
    throw new ConfigError(variable, `${variable} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return parsed;
}

function secret(variable: string, value: string): Uint8Array {
  const bytes = new TextEncoder().encode(value);
  if (bytes.length < minimumSecretBytes) {
    throw new ConfigError(variable, `${variable} must be at least ${minimumSecretBytes} bytes long (a random secret), got ${bytes.length}.`);
  }
  return bytes;
}

function jwksUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('CQTT_AUTH_JWKS_URL', `CQTT_AUTH_JWKS_URL must be a URL, got "${value}".`);
  }
  const loopbackHttp = url.protocol === 'http:' && loopbackHosts.has(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) {
    throw new ConfigError('CQTT_AUTH_JWKS_URL', `CQTT_AUTH_JWKS_URL must use https: (http: only on localhost), got "${value}".`);
  }
  return url;
}

function algorithmsOfKey(key: KeyObject): readonly StaffAlgorithm[] {
  const details = key.asymmetricKeyDetails;
  switch (key.asymmetricKeyType) {
    case 'rsa':
      if ((details?.modulusLength ?? 0) < 2048) {
        throw new ConfigError('CQTT_AUTH_PUBLIC_KEY', 'CQTT_AUTH_PUBLIC_KEY: an RSA key must have at least 2048 bits.');
      }
      return ['RS256'];
    case 'ec':
      if (details?.namedCurve !== 'prime256v1') {
        throw new ConfigError('CQTT_AUTH_PUBLIC_KEY', `CQTT_AUTH_PUBLIC_KEY: an EC key must be on P-256 (ES256), got ${details?.namedCurve ?? 'an unknown curve'}.`);
      }
      return ['ES256'];
    case 'ed25519':
      return ['EdDSA', 'Ed25519'];
    default:
      throw new ConfigError('CQTT_AUTH_PUBLIC_KEY', `CQTT_AUTH_PUBLIC_KEY must be an RSA, P-256 or Ed25519 public key, got ${key.asymmetricKeyType ?? 'an unknown key type'}.`);
  }
}

function publicKey(value: string): StaffKeySource {
  // Environment files often carry a PEM on one line with literal "\n".
  const pem = value.replaceAll('\\n', '\n');
  if (/PRIVATE KEY-----/.test(pem)) {
    throw new ConfigError('CQTT_AUTH_PUBLIC_KEY', 'CQTT_AUTH_PUBLIC_KEY holds a private key: give the portal\'s public key only.');
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new ConfigError('CQTT_AUTH_PUBLIC_KEY', 'CQTT_AUTH_PUBLIC_KEY must be a PEM public key ("-----BEGIN PUBLIC KEY-----…").');
  }
  return { kind: 'public-key', key, algorithms: algorithmsOfKey(key) };
}

function staffKey(env: NodeJS.ProcessEnv): StaffKeySource {
  const sources = {
    CQTT_AUTH_JWKS_URL: present(env.CQTT_AUTH_JWKS_URL),
    CQTT_AUTH_PUBLIC_KEY: present(env.CQTT_AUTH_PUBLIC_KEY),
    CQTT_AUTH_HMAC_SECRET: env.CQTT_AUTH_HMAC_SECRET === '' ? undefined : env.CQTT_AUTH_HMAC_SECRET,
  };
  const given = Object.entries(sources).filter(([, value]) => value !== undefined);
  if (given.length !== 1) {
    const names = Object.keys(sources).join(', ');
    const variable = given.length === 0 ? 'CQTT_AUTH_JWKS_URL' : given.map(([name]) => name).join(', ');
    throw new ConfigError(variable, `Exactly one of ${names} must be set, got ${given.length === 0 ? 'none' : given.map(([name]) => name).join(' and ')}.`);
  }
  if (sources.CQTT_AUTH_JWKS_URL !== undefined) {
    return { kind: 'jwks', url: jwksUrl(sources.CQTT_AUTH_JWKS_URL), algorithms: jwksAlgorithms };
  }
  if (sources.CQTT_AUTH_PUBLIC_KEY !== undefined) return publicKey(sources.CQTT_AUTH_PUBLIC_KEY);
  return { kind: 'hmac', secret: secret('CQTT_AUTH_HMAC_SECRET', sources.CQTT_AUTH_HMAC_SECRET ?? ''), algorithms: ['HS256'] };
}

function claimName(variable: string, value: string | undefined, fallback: string): string {
  const text = present(value);
  if (text === undefined) return fallback;
  if (/\s/.test(text)) throw new ConfigError(variable, `${variable} must be a name without spaces, got "${text}".`);
  return text;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Reads the access-control and privacy settings from the environment:
 * `CQTT_AUTH_ISSUER` and `CQTT_AUTH_AUDIENCE` (required); exactly one of `CQTT_AUTH_JWKS_URL` (https:, or http: on
 * localhost), `CQTT_AUTH_PUBLIC_KEY` (PEM: RSA ≥ 2048 bits → RS256, P-256 → ES256, Ed25519 → EdDSA) or
 * `CQTT_AUTH_HMAC_SECRET` (HS256, at least 32 bytes); `CQTT_AUTH_CLOCK_SKEW_S` (60, at most 300);
 * `CQTT_AUTH_MAX_TOKEN_AGE_S` (43200 = 12 h, at most 30 days; 0 accepts any lifetime);
 * `CQTT_AUTH_AGENCY_CLAIM` (`agency`); `CQTT_AUTH_ROLES_CLAIM` (`roles`); `CQTT_ADMIN_ROLE` (`cqtt-admin`, the role that
 * opens the administration API); `CQTT_SURVEY_TOKEN_SECRET` (required, at least 32 bytes, not the staff
 * secret); `CQTT_SURVEY_TOKEN_TTL_DAYS` (7, 1-90); `CQTT_PHONE_RETENTION_DAYS` (90, 1-3650).
 * @throws {ConfigError} naming the variable when a value is missing or cannot be used.
 */
export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const issuer = required('CQTT_AUTH_ISSUER', env.CQTT_AUTH_ISSUER, 'the "iss" of the portal\'s staff tokens');
  const audience = required('CQTT_AUTH_AUDIENCE', env.CQTT_AUTH_AUDIENCE, 'the "aud" the portal puts in staff tokens for this service');
  if (audience === surveyTokenAudience) {
    throw new ConfigError('CQTT_AUTH_AUDIENCE', `CQTT_AUTH_AUDIENCE may not be "${surveyTokenAudience}", the audience of survey tokens.`);
  }
  const key = staffKey(env);
  const surveySecret = secret('CQTT_SURVEY_TOKEN_SECRET', required('CQTT_SURVEY_TOKEN_SECRET', env.CQTT_SURVEY_TOKEN_SECRET, 'the HMAC secret of survey tokens'));
  if (key.kind === 'hmac' && sameBytes(key.secret, surveySecret)) {
    throw new ConfigError('CQTT_SURVEY_TOKEN_SECRET', 'CQTT_SURVEY_TOKEN_SECRET must differ from CQTT_AUTH_HMAC_SECRET.');
  }
  return {
    issuer,
    audience,
    staffKey: key,
    clockSkewS: wholeNumber('CQTT_AUTH_CLOCK_SKEW_S', env.CQTT_AUTH_CLOCK_SKEW_S, 60, 0, 300),
    maxTokenAgeS: wholeNumber('CQTT_AUTH_MAX_TOKEN_AGE_S', env.CQTT_AUTH_MAX_TOKEN_AGE_S, 43_200, 0, 2_592_000),
    agencyClaim: claimName('CQTT_AUTH_AGENCY_CLAIM', env.CQTT_AUTH_AGENCY_CLAIM, 'agency'),
    rolesClaim: claimName('CQTT_AUTH_ROLES_CLAIM', env.CQTT_AUTH_ROLES_CLAIM, 'roles'),
    adminRole: claimName('CQTT_ADMIN_ROLE', env.CQTT_ADMIN_ROLE, 'cqtt-admin'),
    surveyTokenSecret: surveySecret,
    surveyTokenTtlDays: wholeNumber('CQTT_SURVEY_TOKEN_TTL_DAYS', env.CQTT_SURVEY_TOKEN_TTL_DAYS, 7, 1, 90),
    phoneRetentionDays: wholeNumber('CQTT_PHONE_RETENTION_DAYS', env.CQTT_PHONE_RETENTION_DAYS, 90, 1, 3650),
  };
}

/** The settings as printable lines, one each; secrets and keys are described, never printed. */
export function describeAuthSettings(settings: AuthSettings): string[] {
  const key = settings.staffKey;
  const source =
    key.kind === 'jwks' ? `JWKS ${key.url.href}` : key.kind === 'public-key' ? `public key (${key.algorithms.join(', ')})` : `HMAC secret (HS256, ${key.secret.length} bytes)`;
  return [
    `auth.issuer: ${settings.issuer}`,
    `auth.audience: ${settings.audience}`,
    `auth.staffKey: ${source}`,
    `auth.clockSkew: ${settings.clockSkewS} s`,
    `auth.maxTokenAge: ${settings.maxTokenAgeS === 0 ? 'any (check off)' : `${settings.maxTokenAgeS} s`}`,
    `auth.agencyClaim: ${settings.agencyClaim}`,
    `auth.rolesClaim: ${settings.rolesClaim} (admin role: ${settings.adminRole})`,
    `survey token: HS256, ${settings.surveyTokenSecret.length}-byte secret, valid ${settings.surveyTokenTtlDays} days after the result`,
    `phone retention: ${settings.phoneRetentionDays} days`,
  ];
}
