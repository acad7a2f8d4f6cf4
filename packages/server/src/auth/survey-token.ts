import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Instant } from '@cqtt/core';
import { surveyTokenAudience, type AuthSettings } from './config.js';

/** Why a survey token was refused; stable, for clients to branch on. */
export type SurveyTokenErrorCode = 'missing' | 'malformed' | 'forged' | 'expired' | 'wrong-dossier';

/** The settings survey tokens need. */
export type SurveyTokenSettings = Pick<AuthSettings, 'surveyTokenSecret' | 'surveyTokenTtlDays'>;

function texts(code: SurveyTokenErrorCode, ttlDays: number): { vi: string; en: string } {
  switch (code) {
    case 'missing':
      return {
        vi: 'Thiếu mã khảo sát. Vui lòng quét mã QR trên phiếu hoặc màn hình trả kết quả.',
        en: 'The survey code is missing. Please scan the QR code on the result slip or screen.',
      };
    case 'malformed':
      return {
        vi: 'Mã khảo sát không đúng định dạng. Vui lòng quét lại mã QR.',
        en: 'The survey code is not in the right format. Please scan the QR code again.',
      };
    case 'forged':
      return {
        vi: 'Mã khảo sát không hợp lệ: mã không do bộ phận một cửa cấp.',
        en: 'The survey code is not valid: it was not issued by the one-stop office.',
      };
    case 'expired':
      return {
        vi: `Mã khảo sát đã hết hạn (quá ${ttlDays} ngày kể từ ngày trả kết quả).`,
        en: `The survey code has expired (more than ${ttlDays} days after the result was returned).`,
      };
    case 'wrong-dossier':
      return {
        vi: 'Mã khảo sát này dành cho một hồ sơ khác.',
        en: 'This survey code belongs to another dossier.',
      };
  }
}

/**
 * A survey refused for its token: 401 when there is no valid token (missing, malformed, forged, expired), 403 when a
 * valid token names another dossier. `message` is Vietnamese, `messageEn` English.
 */
export class SurveyTokenError extends Error {
  override readonly name = 'SurveyTokenError';
  readonly code: SurveyTokenErrorCode;
  readonly status: 401 | 403;
  readonly messageEn: string;

  constructor(code: SurveyTokenErrorCode, ttlDays: number) {
    const text = texts(code, ttlDays);
    super(text.vi);
    this.code = code;
    this.status = code === 'wrong-dossier' ? 403 : 401;
    this.messageEn = text.en;
  }
}

/** What a valid survey token says. */
export interface SurveyTokenClaims {
  readonly dossierId: string;
  readonly issuedAt: Instant;
  readonly expiresAt: Instant;
  /** The token's own id (`jti`). */
  readonly tokenId: string;
}

const dayS = 86_400;
const maxDossierIdLength = 100;
const maxTokenLength = 1024;
const compactJws = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Issues the survey token of a dossier, for its QR code: a compact JWS (HS256 with `surveyTokenSecret`) with
 * `sub` = the dossier id, `aud` = `cqtt-survey`, `iat` (= `issuedAt`, default `resultAt`), `exp` = `resultAt` +
 * `surveyTokenTtlDays` and a random `jti`: about 200 characters for a 17-character dossier id, short enough for
 * a QR code URL.
 * @throws {RangeError} for an empty dossier id or one longer than 100 characters.
 */
export async function issueSurveyToken(
  input: { readonly dossierId: string; readonly resultAt: Instant; readonly issuedAt?: Instant },
  settings: SurveyTokenSettings,
): Promise<string> {
  if (input.dossierId === '' || input.dossierId.length > maxDossierIdLength) {
    throw new RangeError(`A dossier id must have 1 to ${maxDossierIdLength} characters, got ${input.dossierId.length}.`);
  }
  const resultS = Math.floor(input.resultAt / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(input.dossierId)
    .setAudience(surveyTokenAudience)
    .setIssuedAt(Math.floor((input.issuedAt ?? input.resultAt) / 1000))
    .setExpirationTime(resultS + settings.surveyTokenTtlDays * dayS)
    .setJti(randomBytes(9).toString('base64url'))
    .sign(settings.surveyTokenSecret);
}

/**
 * Checks that `token` lets its holder vote on `dossierId` at `now` (epoch ms, the server's clock): signed with
 * `surveyTokenSecret` (HS256 only), audience `cqtt-survey`, not expired, `sub` equal to the dossier id.
 * @throws {SurveyTokenError} `missing`, `malformed`, `forged`, `expired` or `wrong-dossier` (a token for another
 * dossier is `wrong-dossier` even when it has expired too).
 */
export async function verifySurveyToken(token: string | undefined, dossierId: string, settings: SurveyTokenSettings, now: Instant): Promise<SurveyTokenClaims> {
  const refuse = (code: SurveyTokenErrorCode): SurveyTokenError => new SurveyTokenError(code, settings.surveyTokenTtlDays);
  if (token === undefined || token.trim() === '') throw refuse('missing');
  if (token.length > maxTokenLength || !compactJws.test(token)) throw refuse('malformed');
  try {
    const { payload } = await jwtVerify(token, settings.surveyTokenSecret, {
      algorithms: ['HS256'],
      audience: surveyTokenAudience,
      currentDate: new Date(now),
      requiredClaims: ['sub', 'exp', 'iat', 'jti'],
    });
    if (payload.sub !== dossierId) throw refuse('wrong-dossier');
    return {
      dossierId,
      issuedAt: (payload.iat ?? 0) * 1000,
      expiresAt: (payload.exp ?? 0) * 1000,
      tokenId: String(payload.jti),
    };
  } catch (error) {
    if (error instanceof SurveyTokenError) throw error;
    if (error instanceof errors.JWTExpired) throw refuse(error.payload.sub === dossierId ? 'expired' : 'wrong-dossier');
    if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) throw refuse('malformed');
    if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') throw refuse('malformed');
    // A wrong signature, another algorithm (`none` included), another audience: not one of ours.
    throw refuse('forged');
  }
}
