import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { Hono } from 'hono';
import {
  checkSurveyToken,
  issueSurveyToken,
  surveyTokenHeader,
  SurveyTokenError,
  verifySurveyToken,
  type SurveyTokenErrorCode,
} from '../src/auth/index.js';
import { settingsWith, staffHmacSecret, surveySecret, unsignedToken } from './auth-fixtures.js';

const settings = settingsWith({ CQTT_AUTH_HMAC_SECRET: staffHmacSecret });
const dossierId = 'H25.1-261127-0001';
/** Result handed over on Friday 27/11/2026 at 10:00 in Vietnam. */
const resultAt = Date.UTC(2026, 10, 27, 3, 0);
const dayMs = 86_400_000;

async function refusalCode(token: string | undefined, id: string, at: number): Promise<SurveyTokenError> {
  try {
    await verifySurveyToken(token, id, settings, at);
  } catch (error) {
    assert.ok(error instanceof SurveyTokenError, String(error));
    return error;
  }
  assert.fail('expected a SurveyTokenError');
}

async function assertRefused(token: string | undefined, code: SurveyTokenErrorCode, at = resultAt + dayMs, id = dossierId): Promise<SurveyTokenError> {
  const error = await refusalCode(token, id, at);
  assert.equal(error.code, code);
  return error;
}

describe('survey tokens', () => {
  it('issues a short HS256 token bound to the dossier, valid 7 days after the result', async () => {
    const token = await issueSurveyToken({ dossierId, resultAt }, settings);
    assert.deepEqual(decodeProtectedHeader(token), { alg: 'HS256' });
    const claims = decodeJwt(token);
    assert.equal(claims.sub, dossierId);
    assert.equal(claims.aud, 'cqtt-survey');
    assert.equal(claims.iat, resultAt / 1000);
    assert.equal(claims.exp, resultAt / 1000 + 7 * 86_400);
    assert.match(String(claims.jti), /^[A-Za-z0-9_-]{12}$/);
    assert.ok(token.length < 220, `${token.length} characters fit a QR code URL`);
    const verified = await verifySurveyToken(token, dossierId, settings, resultAt + 6 * dayMs);
    assert.deepEqual(verified, { dossierId, issuedAt: resultAt, expiresAt: resultAt + 7 * dayMs, tokenId: claims.jti });
  });

  it('keeps a QR URL short even for a 100-character dossier id, and refuses longer or empty ids', async () => {
    const longId = `000.00.22.H25-${'9'.repeat(86)}`;
    const token = await issueSurveyToken({ dossierId: longId, resultAt, issuedAt: resultAt + 60_000 }, settings);
    const url = `https://dichvucong.binhphuoc.gov.vn/khao-sat?hoSo=${encodeURIComponent(longId)}&ma=${token}`;
    assert.ok(url.length < 500, `${url.length} characters`);
    assert.equal(decodeJwt(token).iat, resultAt / 1000 + 60);
    await assert.rejects(issueSurveyToken({ dossierId: `${longId}0`, resultAt }, settings), RangeError);
    await assert.rejects(issueSurveyToken({ dossierId: '', resultAt }, settings), RangeError);
  });

  it('gives every token its own id', async () => {
    const a = decodeJwt(await issueSurveyToken({ dossierId, resultAt }, settings)).jti;
    const b = decodeJwt(await issueSurveyToken({ dossierId, resultAt }, settings)).jti;
    assert.notEqual(a, b);
  });

  it('refuses a vote without a token', async () => {
    const error = await assertRefused(undefined, 'missing');
    assert.equal(error.status, 401);
    assert.equal(error.message, 'Thiếu mã khảo sát. Vui lòng quét mã QR trên phiếu hoặc màn hình trả kết quả.');
    await assertRefused('', 'missing');
  });

  it('refuses another dossier\'s token, expired or not', async () => {
    const other = await issueSurveyToken({ dossierId: 'H25.1-261127-0002', resultAt }, settings);
    const error = await assertRefused(other, 'wrong-dossier');
    assert.equal(error.status, 403);
    assert.equal(error.message, 'Mã khảo sát này dành cho một hồ sơ khác.');
    assert.equal(error.messageEn, 'This survey code belongs to another dossier.');
    await assertRefused(other, 'wrong-dossier', resultAt + 30 * dayMs);
  });

  it('refuses an expired token from the exact second it expires', async () => {
    const token = await issueSurveyToken({ dossierId, resultAt }, settings);
    assert.equal((await verifySurveyToken(token, dossierId, settings, resultAt + 7 * dayMs - 1000)).dossierId, dossierId);
    const error = await assertRefused(token, 'expired', resultAt + 7 * dayMs);
    assert.equal(error.status, 401);
    assert.equal(error.message, 'Mã khảo sát đã hết hạn (quá 7 ngày kể từ ngày trả kết quả).');
    assert.equal(error.messageEn, 'The survey code has expired (more than 7 days after the result was returned).');
  });

  it('follows the configured lifetime', async () => {
    const fortnight = settingsWith({ CQTT_AUTH_HMAC_SECRET: staffHmacSecret, CQTT_SURVEY_TOKEN_TTL_DAYS: '14' });
    const token = await issueSurveyToken({ dossierId, resultAt }, fortnight);
    assert.equal((await verifySurveyToken(token, dossierId, fortnight, resultAt + 13 * dayMs)).dossierId, dossierId);
    await assert.rejects(verifySurveyToken(token, dossierId, fortnight, resultAt + 14 * dayMs), { code: 'expired', message: /quá 14 ngày/ });
  });

  it('refuses forged tokens: another secret, a tampered dossier id, alg none, another algorithm, another audience', async () => {
    const otherSecret = { ...settings, surveyTokenSecret: new TextEncoder().encode(`${surveySecret}-giả-mạo`) };
    const error = await assertRefused(await issueSurveyToken({ dossierId, resultAt }, otherSecret), 'forged');
    assert.equal(error.status, 401);
    assert.equal(error.message, 'Mã khảo sát không hợp lệ: mã không do bộ phận một cửa cấp.');

    const [header, payload, signature] = (await issueSurveyToken({ dossierId: 'H25.1-261127-0002', resultAt }, settings)).split('.');
    const claims = { ...(JSON.parse(Buffer.from(payload!, 'base64url').toString()) as object), sub: dossierId };
    await assertRefused(`${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`, 'forged');

    await assertRefused(unsignedToken({ sub: dossierId, aud: 'cqtt-survey', iat: resultAt / 1000, exp: resultAt / 1000 + 86_400, jti: 'x' }), 'forged');

    const sign = (alg: string, audience: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg })
        .setSubject(dossierId)
        .setAudience(audience)
        .setIssuedAt(resultAt / 1000)
        .setExpirationTime(resultAt / 1000 + 86_400)
        .setJti('abc')
        .sign(settings.surveyTokenSecret);
    await assertRefused(await sign('HS512', 'cqtt-survey'), 'forged');
    await assertRefused(await sign('HS256', 'cqtt-api'), 'forged');
  });

  it('refuses malformed tokens', async () => {
    for (const token of ['khong-phai-ma', 'a.b', 'a.b.c.d', `${'a'.repeat(1100)}.b.c`, 'e30.bm90IGpzb24.abc', 'eyJhbGciOiJIUzI1NiJ9 .e30.abc']) {
      const error = await assertRefused(token, 'malformed');
      assert.equal(error.message, 'Mã khảo sát không đúng định dạng. Vui lòng quét lại mã QR.');
    }
    const withoutJti = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(dossierId)
      .setAudience('cqtt-survey')
      .setIssuedAt(resultAt / 1000)
      .setExpirationTime(resultAt / 1000 + 86_400)
      .sign(settings.surveyTokenSecret);
    await assertRefused(withoutJti, 'malformed');
  });
});

describe('checkSurveyToken in a route', () => {
  const reads: string[] = [];
  const app = new Hono();
  app.post('/api/v1/surveys/:dossierId', async (c) => {
    const check = await checkSurveyToken(c, c.req.param('dossierId'), settings, resultAt + dayMs);
    if (!check.ok) return check.response;
    reads.push(check.claims.dossierId);
    return c.json({ accepted: check.claims.dossierId }, 201);
  });

  it('accepts a vote with the dossier\'s token in X-Survey-Token', async () => {
    const token = await issueSurveyToken({ dossierId, resultAt }, settings);
    const response = await app.request(`/api/v1/surveys/${dossierId}`, { method: 'POST', headers: { [surveyTokenHeader]: token } });
    assert.equal(response.status, 201);
    assert.deepEqual(reads, [dossierId]);
  });

  it('answers a refused token with the API error envelope and a clear message, before any read', async () => {
    reads.length = 0;
    const missing = await app.request(`/api/v1/surveys/${dossierId}`, { method: 'POST' });
    assert.equal(missing.status, 401);
    assert.equal(missing.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await missing.json(), {
      error: {
        code: 'survey-token-missing',
        message:
          'Thiếu mã khảo sát. Vui lòng quét mã QR trên phiếu hoặc màn hình trả kết quả. / The survey code is missing. Please scan the QR code on the result slip or screen.',
      },
    });
    const other = await issueSurveyToken({ dossierId: 'H25.1-261127-0002', resultAt }, settings);
    const wrong = await app.request(`/api/v1/surveys/${dossierId}`, { method: 'POST', headers: { [surveyTokenHeader]: other } });
    assert.equal(wrong.status, 403);
    assert.equal(((await wrong.json()) as { error: { code: string } }).error.code, 'survey-token-wrong-dossier');
    assert.deepEqual(reads, []);
  });
});
