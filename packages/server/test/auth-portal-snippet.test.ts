import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
// README snippet (begin): how a portal issues the two tokens cqtt accepts, with jose.
import { randomBytes } from 'node:crypto';
import { SignJWT, type CryptoKey } from 'jose';

/**
 * Staff token, for the one-stop staff and leaders signed in to the portal. ES256 (or RS256 / EdDSA) with the
 * portal's private key; cqtt checks it with the public key (CQTT_AUTH_PUBLIC_KEY) or the JWKS (CQTT_AUTH_JWKS_URL).
 * `agency`: the agency codes the user may see (a string or an array; ["*"] for the whole province).
 * Lifetime: short (15 minutes); the portal issues a new one as the session goes on.
 */
async function issueStaffToken(
  privateKey: CryptoKey,
  user: { id: string; agencyCodes: string[]; roles: string[] },
  at: Date = new Date(),
): Promise<string> {
  const nowS = Math.floor(at.getTime() / 1000);
  return new SignJWT({ agency: user.agencyCodes, roles: user.roles })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: 'cong-dvc-2026' })
    .setIssuer('https://sso.dichvucong.binhphuoc.gov.vn') // = CQTT_AUTH_ISSUER
    .setAudience('cqtt-api') // = CQTT_AUTH_AUDIENCE
    .setSubject(user.id) // an account id, never a name
    .setIssuedAt(nowS)
    .setExpirationTime(nowS + 15 * 60)
    .sign(privateKey);
}

/**
 * Survey token, put in the QR code of the result slip or screen: HS256 with the secret shared with cqtt
 * (CQTT_SURVEY_TOKEN_SECRET, at least 32 random bytes); bound to one dossier; valid CQTT_SURVEY_TOKEN_TTL_DAYS
 * (7) days after the result was returned. About 200 characters.
 */
async function issueSurveyTokenAtPortal(secret: Uint8Array, dossierId: string, resultAt: Date, ttlDays = 7): Promise<string> {
  const resultS = Math.floor(resultAt.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(dossierId)
    .setAudience('cqtt-survey')
    .setIssuedAt(resultS)
    .setExpirationTime(resultS + ttlDays * 86_400)
    .setJti(randomBytes(9).toString('base64url'))
    .sign(secret);
}
// README snippet (end). The survey widget sends the token in the X-Survey-Token header.

import { issueSurveyToken, requireStaff, surveyTokenHeader, verifyStaffToken, verifySurveyToken } from '../src/auth/index.js';
import { portalKeys, settingsWith, surveySecret, thacMo } from './auth-fixtures.js';

/** Friday 27/11/2026 15:30 in Vietnam. */
const now = new Date(Date.UTC(2026, 10, 27, 8, 30));

describe('the README snippet: tokens a portal issues with jose', () => {
  it('issues staff tokens the server accepts, for a ward and for the whole province', async () => {
    const keys = await portalKeys();
    const settings = settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem });
    const wardToken = await issueStaffToken(keys.privateKey, { id: 'tk-0001', agencyCodes: [thacMo], roles: ['mot-cua'] }, now);
    assert.deepEqual(await verifyStaffToken(`Bearer ${wardToken}`, settings, now.getTime()), { subject: 'tk-0001', agencyCodes: [thacMo], roles: ['mot-cua'] });

    const app = new Hono().get('/api/v1/reports', requireStaff(settings, () => now.getTime() + 14 * 60_000), (c) => c.json(c.get('staff').agencyCodes));
    const leaderToken = await issueStaffToken(keys.privateKey, { id: 'ld-0001', agencyCodes: ['*'], roles: ['leader'] }, now);
    const response = await app.request('/api/v1/reports', { headers: { Authorization: `Bearer ${leaderToken}` } });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), ['*']);

    const afterLifetime = await verifyStaffToken(`Bearer ${leaderToken}`, settings, now.getTime() + 17 * 60_000).catch((error: unknown) => error);
    assert.equal((afterLifetime as { code?: string }).code, 'expired-token');
  });

  it('issues survey tokens the server accepts, as it accepts its own', async () => {
    const settings = settingsWith({ CQTT_AUTH_JWKS_URL: 'https://sso.dichvucong.binhphuoc.gov.vn/jwks' });
    const resultAt = new Date(Date.UTC(2026, 10, 27, 3, 0));
    const fromPortal = await issueSurveyTokenAtPortal(new TextEncoder().encode(surveySecret), 'H25.1-261127-0001', resultAt);
    const fromServer = await issueSurveyToken({ dossierId: 'H25.1-261127-0001', resultAt: resultAt.getTime() }, settings);
    for (const token of [fromPortal, fromServer]) {
      const claims = await verifySurveyToken(token, 'H25.1-261127-0001', settings, now.getTime());
      assert.equal(claims.expiresAt, Date.UTC(2026, 11, 4, 3, 0), 'Friday 4/12/2026 10:00 in Vietnam');
      assert.ok(token.length < 220);
    }
    assert.equal(surveyTokenHeader, 'X-Survey-Token');
    await assert.rejects(verifySurveyToken(fromPortal, 'H25.1-261127-0001', settings, Date.UTC(2026, 11, 4, 3, 0)), { code: 'expired' });
  });

  it('is the code the README shows, word for word', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    const snippet = source.slice(source.indexOf('\n', source.indexOf('// README snippet (begin)')) + 1, source.indexOf('// README snippet (end)'));
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    assert.ok(snippet.length > 500);
    assert.ok(readme.includes(`\`\`\`ts\n${snippet}\`\`\``), 'README.md must carry the tested snippet');
  });
});
