import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, SignJWT } from 'jose';
import { AuthError, verifyStaffToken, type AuthErrorCode, type AuthSettings } from '../src/auth/index.js';
import { now, portalKeys, settingsWith, staffHmacSecret, staffToken, thacMo, unsignedToken, type PortalKeys } from './auth-fixtures.js';

const nowS = Math.floor(now / 1000);

async function refusal(header: string | undefined, settings: AuthSettings, at = now): Promise<AuthError> {
  try {
    await verifyStaffToken(header, settings, at);
  } catch (error) {
    assert.ok(error instanceof AuthError, String(error));
    return error;
  }
  assert.fail('expected an AuthError');
}

async function assertRefused(header: string | undefined, settings: AuthSettings, code: AuthErrorCode, status: number, at = now): Promise<void> {
  const error = await refusal(header, settings, at);
  assert.equal(error.code, code);
  assert.equal(error.status, status);
  assert.notEqual(error.message, error.messageEn, 'a Vietnamese and an English message');
}

describe('verifyStaffToken with a public key', () => {
  let keys: PortalKeys;
  let settings: AuthSettings;
  before(async () => {
    keys = await portalKeys();
    settings = settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem });
  });

  it('gives the subject, the agency codes and the roles of a valid token', async () => {
    const token = await staffToken(keys.privateKey, { agency: thacMo, roles: ['mot-cua'] });
    assert.deepEqual(await verifyStaffToken(`Bearer ${token}`, settings, now), { subject: 'canbo.thacmo.01', agencyCodes: [thacMo], roles: ['mot-cua'] });
  });

  it('reads an agency array, a single role, and no roles at all', async () => {
    const several = await staffToken(keys.privateKey, { agency: [thacMo, 'thi-xa-phuoc-long/xa-phuoc-tin', thacMo], roles: 'leader' });
    assert.deepEqual(await verifyStaffToken(`bearer ${several}`, settings, now), {
      subject: 'canbo.thacmo.01',
      agencyCodes: [thacMo, 'thi-xa-phuoc-long/xa-phuoc-tin'],
      roles: ['leader'],
    });
    const noRoles = await staffToken(keys.privateKey, { agency: ['*'] });
    assert.deepEqual((await verifyStaffToken(`Bearer ${noRoles}`, settings, now)).roles, []);
  });

  it('reads the agency from the configured claim', async () => {
    const custom = settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem, CQTT_AUTH_AGENCY_CLAIM: 'ma_don_vi' });
    const token = await staffToken(keys.privateKey, { ma_don_vi: thacMo, agency: '*' });
    assert.deepEqual((await verifyStaffToken(`Bearer ${token}`, custom, now)).agencyCodes, [thacMo]);
  });

  it('refuses a request without a token, or with another scheme', async () => {
    await assertRefused(undefined, settings, 'missing-token', 401);
    await assertRefused('  ', settings, 'missing-token', 401);
    await assertRefused('Basic Y2FuYm86bWF0a2hhdQ==', settings, 'malformed-header', 401);
    await assertRefused('Bearer', settings, 'malformed-header', 401);
    await assertRefused(`Bearer ${'a'.repeat(9000)}`, settings, 'malformed-header', 401);
  });

  it('refuses an expired token, within the clock skew but not beyond', async () => {
    const expiredBy = async (seconds: number) => `Bearer ${await staffToken(keys.privateKey, { agency: thacMo }, { exp: nowS - seconds })}`;
    assert.equal((await verifyStaffToken(await expiredBy(59), settings, now)).subject, 'canbo.thacmo.01');
    await assertRefused(await expiredBy(60), settings, 'expired-token', 401);
    await assertRefused(await expiredBy(3600), settings, 'expired-token', 401);
    const strict = settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem, CQTT_AUTH_CLOCK_SKEW_S: '0' });
    await assertRefused(await expiredBy(1), strict, 'expired-token', 401);
  });

  it('refuses a token from the future (nbf or iat) beyond the clock skew', async () => {
    const notBefore = async (seconds: number) => `Bearer ${await staffToken(keys.privateKey, { agency: thacMo }, { nbf: nowS + seconds })}`;
    assert.equal((await verifyStaffToken(await notBefore(60), settings, now)).subject, 'canbo.thacmo.01');
    await assertRefused(await notBefore(61), settings, 'not-yet-valid', 401);
    const issuedIn = async (seconds: number) => `Bearer ${await staffToken(keys.privateKey, { agency: thacMo }, { iat: nowS + seconds })}`;
    assert.equal((await verifyStaffToken(await issuedIn(60), settings, now)).subject, 'canbo.thacmo.01');
    await assertRefused(await issuedIn(61), settings, 'not-yet-valid', 401);
  });

  it('refuses a token without expiry or subject', async () => {
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: thacMo }, { exp: null })}`, settings, 'invalid-claims', 401);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: thacMo }, { sub: ' ' })}`, settings, 'invalid-claims', 401);
  });

  it('refuses a token of another issuer or for another audience', async () => {
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: thacMo }, { iss: 'https://sso.evil.example' })}`, settings, 'wrong-issuer', 401);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: thacMo }, { aud: 'another-app' })}`, settings, 'wrong-audience', 401);
  });

  it('refuses a token signed by another key', async () => {
    const other = await portalKeys();
    await assertRefused(`Bearer ${await staffToken(other.privateKey, { agency: thacMo })}`, settings, 'invalid-token', 401);
  });

  it('refuses a token with a tampered payload', async () => {
    const [header, , signature] = (await staffToken(keys.privateKey, { agency: thacMo })).split('.');
    const payload = Buffer.from(JSON.stringify({ iss: settings.issuer, aud: settings.audience, sub: 'x', agency: '*', exp: nowS + 60 })).toString('base64url');
    await assertRefused(`Bearer ${header}.${payload}.${signature}`, settings, 'invalid-token', 401);
  });

  it('refuses alg none', async () => {
    const token = unsignedToken({ iss: settings.issuer, aud: settings.audience, sub: 'x', agency: '*', exp: nowS + 60 });
    await assertRefused(`Bearer ${token}`, settings, 'invalid-token', 401);
  });

  it('refuses an HS256 token when a public key is configured, even one keyed with the public key itself', async () => {
    const claims = { agency: '*' };
    await assertRefused(`Bearer ${await staffToken(new TextEncoder().encode(staffHmacSecret), claims, { alg: 'HS256' })}`, settings, 'invalid-token', 401);
    await assertRefused(`Bearer ${await staffToken(new TextEncoder().encode(keys.pem), claims, { alg: 'HS256' })}`, settings, 'invalid-token', 401);
  });

  it('refuses text that is not a JWT', async () => {
    await assertRefused('Bearer abc.def', settings, 'invalid-token', 401);
  });

  it('answers 403 for a token that names no agency, and 401 for a malformed agency claim', async () => {
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, {})}`, settings, 'no-agency-scope', 403);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: [] })}`, settings, 'no-agency-scope', 403);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: 42 })}`, settings, 'invalid-claims', 401);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: [thacMo, ''] })}`, settings, 'invalid-claims', 401);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: 'x'.repeat(101) })}`, settings, 'invalid-claims', 401);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: thacMo, roles: [{}] })}`, settings, 'invalid-claims', 401);
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: Array.from({ length: 501 }, (_, i) => `${i}`) })}`, settings, 'invalid-claims', 401);
  });
});

describe('verifyStaffToken with an HMAC secret', () => {
  const secret = new TextEncoder().encode(staffHmacSecret);
  const settings = settingsWith({ CQTT_AUTH_HMAC_SECRET: staffHmacSecret });

  it('accepts HS256 with the shared secret and nothing else', async () => {
    const token = await staffToken(secret, { agency: thacMo }, { alg: 'HS256' });
    assert.deepEqual((await verifyStaffToken(`Bearer ${token}`, settings, now)).agencyCodes, [thacMo]);
    const keys = await portalKeys();
    await assertRefused(`Bearer ${await staffToken(keys.privateKey, { agency: thacMo })}`, settings, 'invalid-token', 401);
    const wrongSecret = new TextEncoder().encode(`${staffHmacSecret}-khác`);
    await assertRefused(`Bearer ${await staffToken(wrongSecret, { agency: thacMo }, { alg: 'HS256' })}`, settings, 'invalid-token', 401);
    const hs512 = await staffToken(secret, { agency: thacMo }, { alg: 'HS512' });
    await assertRefused(`Bearer ${hs512}`, settings, 'invalid-token', 401);
  });
});

describe('verifyStaffToken with a JWKS document', () => {
  let keys: PortalKeys;
  let server: Server;
  let jwksStatus = 200;
  let base: string;
  before(async () => {
    keys = await portalKeys();
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'cong-2026', alg: 'ES256', use: 'sig' };
    server = createServer((_request, response) => {
      response.writeHead(jwksStatus, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const signed = (claims: Record<string, unknown>, kid: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer('https://sso.dichvucong.binhphuoc.gov.vn')
      .setAudience('cqtt-api')
      .setSubject('lanh-dao.tinh')
      .setIssuedAt(nowS)
      .setExpirationTime(nowS + 900)
      .sign(keys.privateKey);

  it('verifies with the key the token names, and refuses an unknown key id', async () => {
    const settings = settingsWith({ CQTT_AUTH_JWKS_URL: `${base}/.well-known/jwks.json` });
    assert.deepEqual((await verifyStaffToken(`Bearer ${await signed({ agency: ['*'] }, 'cong-2026')}`, settings, now)).agencyCodes, ['*']);
    await assertRefused(`Bearer ${await signed({ agency: ['*'] }, 'khoa-la')}`, settings, 'invalid-token', 401);
  });

  it('answers 503 when the JWKS cannot be loaded, rather than blaming the token', async () => {
    jwksStatus = 500;
    try {
      const settings = settingsWith({ CQTT_AUTH_JWKS_URL: `${base}/other/jwks.json` });
      const error = await refusal(`Bearer ${await signed({ agency: thacMo }, 'cong-2026')}`, settings);
      assert.equal(error.code, 'auth-unavailable');
      assert.equal(error.status, 503);
    } finally {
      jwksStatus = 200;
    }
    const unreachable = settingsWith({ CQTT_AUTH_JWKS_URL: 'http://127.0.0.1:1/jwks.json' });
    assert.equal((await refusal(`Bearer ${await signed({ agency: thacMo }, 'cong-2026')}`, unreachable)).code, 'auth-unavailable');
  });
});
