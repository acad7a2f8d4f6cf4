import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { loadAuthSettings, type AuthSettings } from '../src/auth/index.js';

/** Friday 27/11/2026 15:30 in Vietnam. */
export const now = Date.UTC(2026, 10, 27, 8, 30);
export const issuer = 'https://sso.dichvucong.binhphuoc.gov.vn';
export const audience = 'cqtt-api';
export const town = 'thi-xa-phuoc-long';
export const thacMo = 'thi-xa-phuoc-long/phuong-thac-mo';
export const longPhuoc = 'thi-xa-phuoc-long/phuong-long-phuoc';
export const surveySecret = 'khảo-sát-một-cửa-phước-long-2026-bí-mật-dài';
export const staffHmacSecret = 'cổng-dịch-vụ-công-bình-phước-hs256-khóa-chung';

export interface PortalKeys {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly pem: string;
}

/** The portal's ES256 key pair, and its public key as the PEM an operator puts in CQTT_AUTH_PUBLIC_KEY. */
export async function portalKeys(algorithm = 'ES256'): Promise<PortalKeys> {
  const { privateKey, publicKey } = await generateKeyPair(algorithm, { extractable: true });
  return { privateKey, publicKey, pem: await exportSPKI(publicKey) };
}

/** Settings as the server reads them from its environment, with `overrides` on top. */
export function settingsWith(overrides: NodeJS.ProcessEnv): AuthSettings {
  return loadAuthSettings({
    CQTT_AUTH_ISSUER: issuer,
    CQTT_AUTH_AUDIENCE: audience,
    CQTT_SURVEY_TOKEN_SECRET: surveySecret,
    ...overrides,
  });
}

export interface StaffTokenOptions {
  readonly alg?: string;
  readonly iss?: string;
  readonly aud?: string;
  readonly sub?: string;
  /** Seconds since the epoch; default 5 minutes before `now`. */
  readonly iat?: number;
  /** Seconds since the epoch; default one hour after `now`; null for none. */
  readonly exp?: number | null;
  readonly nbf?: number;
}

/** A staff token as the portal signs it: ES256 by default, `agency` and `roles` claims in `claims`. */
export async function staffToken(key: CryptoKey | Uint8Array, claims: JWTPayload, options: StaffTokenOptions = {}): Promise<string> {
  const nowS = Math.floor(now / 1000);
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'ES256', typ: 'JWT' })
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? audience)
    .setSubject(options.sub ?? 'canbo.thacmo.01')
    .setIssuedAt(options.iat ?? nowS - 300);
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? nowS + 3600);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(key);
}

/** An unsigned token (`alg: none`), as an attacker would forge it. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
