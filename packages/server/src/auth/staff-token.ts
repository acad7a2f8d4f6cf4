import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type KeyObject } from 'jose';
import type { Instant } from '@cqtt/core';
import { AuthError } from './auth-error.js';
import type { AuthSettings, StaffKeySource } from './config.js';

/**
 * Who is calling, from a verified staff token. `agencyCodes` is the user's scope: the codes of the agencies whose
 * dossiers and reports they may see, or `['*']` for the whole province (see `canSeeAgency`). `roles` is carried
 * for handlers that need it; it never widens the agency scope.
 */
export interface StaffPrincipal {
  readonly subject: string;
  readonly agencyCodes: readonly string[];
  readonly roles: readonly string[];
}


const maxTokenLength = 8192;
const maxCodeLength = 100;
const maxCodes = 500;
const remoteKeySets = new WeakMap<URL, JWTVerifyGetKey>();

function bearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === '') throw new AuthError('missing-token');
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  if (!match?.[1] || match[1].length > maxTokenLength) throw new AuthError('malformed-header');
  return match[1];
}

function verificationKey(source: StaffKeySource): JWTVerifyGetKey | KeyObject | Uint8Array {
  switch (source.kind) {
    case 'jwks': {
      let keySet = remoteKeySets.get(source.url);
      if (!keySet) {
        keySet = createRemoteJWKSet(source.url);
        remoteKeySets.set(source.url, keySet);
      }
      return keySet;
    }
    case 'public-key':
      return source.key;
    case 'hmac':
      return source.secret;
  }
}

function authErrorOf(error: unknown): AuthError {
  if (error instanceof errors.JWTExpired) return new AuthError('expired-token');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new AuthError('wrong-issuer');
    if (error.claim === 'aud') return new AuthError('wrong-audience');
    if (error.claim === 'nbf' && error.reason === 'check_failed') return new AuthError('not-yet-valid');
    return new AuthError('invalid-claims');
  }
  // The JWKS could not be fetched or read (timeout, not 200, not JSON, network): no token can be checked.
  const keysUnavailable =
    !(error instanceof errors.JOSEError) || error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error.code === 'ERR_JOSE_GENERIC';
  if (keysUnavailable) {
    return new AuthError('auth-unavailable', { cause: error });
  }
  // Bad signature, algorithm not allowed (`none`, HS256 against a public key), no matching key, not a JWT.
  return new AuthError('invalid-token');
}

function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  const list: unknown = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length > maxCodes) return undefined;
  const strings: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string' || item.trim() === '' || item.length > maxCodeLength) return undefined;
    if (!strings.includes(item.trim())) strings.push(item.trim());
  }
  return strings;
}

function principalOf(payload: JWTPayload, settings: AuthSettings, now: Instant): StaffPrincipal {
  if (typeof payload.iat === 'number' && payload.iat > Math.floor(now / 1000) + settings.clockSkewS) {
    throw new AuthError('not-yet-valid');
  }
  // The payload is the portal's JSON: its types are only what jose checked (`exp`, `iat`, `nbf` numbers).
  const subject: unknown = payload.sub;
  const agencyCodes = stringList(payload[settings.agencyClaim]);
  const roles = stringList(payload[settings.rolesClaim]);
  if (typeof subject !== 'string' || subject.trim() === '' || subject.length > maxCodeLength || agencyCodes === undefined || roles === undefined) {
    throw new AuthError('invalid-claims');
  }
  const lifetimeS = (payload.exp ?? 0) - (typeof payload.iat === 'number' ? payload.iat : Math.floor(now / 1000));
  if (settings.maxTokenAgeS > 0 && lifetimeS > settings.maxTokenAgeS) throw new AuthError('token-too-long-lived');
  if (agencyCodes.length === 0) throw new AuthError('no-agency-scope');
  return { subject, agencyCodes, roles };
}

/**
 * Verifies the bearer token of an `Authorization` header as a staff token of the portal: signature against the
 * configured JWKS, public key or HMAC secret with the source's algorithm allow-list (never `none`); `iss`, `aud`,
 * `exp` (required), `nbf` and a future `iat` within `clockSkewS`; `sub` required, a string; a lifetime (`exp` − `iat`,
 * or `exp` − now without `iat`) of at most `settings.maxTokenAgeS`. The agency claim (name in
 * `settings.agencyClaim`, default `agency`) is a code or an array of codes; `"*"` means every agency. The roles claim
 * (`settings.rolesClaim`, default `roles`) is a string or an array of strings; absent means no role. `now` is the
 * server's clock (epoch ms).
 * @throws {AuthError} 401 for a missing, malformed, forged, expired or foreign token; 403 when it names no agency;
 * 503 when the JWKS document cannot be loaded.
 */
export async function verifyStaffToken(authorizationHeader: string | undefined, settings: AuthSettings, now: Instant): Promise<StaffPrincipal> {
  const token = bearerToken(authorizationHeader);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, verificationKey(settings.staffKey), {
      algorithms: [...settings.staffKey.algorithms],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTolerance: settings.clockSkewS,
      currentDate: new Date(now),
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (error) {
    throw authErrorOf(error);
  }
  return principalOf(payload, settings, now);
}
