import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { apiErrorCodes, surveyReceiptToWire, surveyStatusToWire, type Instant } from '@cqtt/core';
import { checkSurveyToken } from '../auth/survey-guard.js';
import type { SurveyTokenSettings } from '../auth/survey-token.js';
import type { Repository, StoredResponse, SurveyOutcome } from '../repository-types.js';
import { ApiError, errorBody, invalidRequest } from './errors.js';
import { requestHash } from './request-hash.js';
import { parseSurveyBody } from './survey-body.js';

/** A claimed key whose request has had no answer for this long is taken to be abandoned (its process died). */
export const staleClaimMs = 60_000;

const keyPattern = /^[\x21-\x7e]{1,200}$/;

function keyOf(c: Context): string {
  const key = c.req.header('idempotency-key');
  if (key === undefined || key.trim() === '') {
    throw new ApiError(400, 'idempotency-key-required', 'Thiếu tiêu đề Idempotency-Key. / The Idempotency-Key header is required.');
  }
  if (!keyPattern.test(key)) {
    throw invalidRequest([{ path: 'Idempotency-Key', message: 'Từ 1 đến 200 ký tự ASCII in được. / 1 to 200 printable ASCII characters.' }]);
  }
  return key;
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest([{ path: '$', message: 'Nội dung không phải JSON. / The body is not valid JSON.' }]);
  }
}

function respond(outcome: SurveyOutcome, dossierId: string): StoredResponse {
  switch (outcome.kind) {
    case 'created':
      return { status: 201, body: surveyReceiptToWire({ dossierId, receivedAt: outcome.receivedAt, duplicate: false }) };
    case 'dossier-not-found':
      return { status: 404, body: errorBody(apiErrorCodes.notFound, 'Không tìm thấy hồ sơ. / No such dossier.') };
    case 'no-result':
      return {
        status: 422,
        body: errorBody(
          apiErrorCodes.dossierNotFinished,
          `Hồ sơ chưa có kết quả (trạng thái ${outcome.status}); chỉ khảo sát hồ sơ đã xử lý xong hoặc đã trả. / ` +
            'The dossier has no result yet; only resolved or returned dossiers are surveyed.',
        ),
      };
    case 'exists':
      return {
        status: 409,
        body: errorBody(
          apiErrorCodes.alreadyAnswered,
          'Hồ sơ này đã được đánh giá; ý kiến đã được ghi nhận. / This dossier already has an answer; the vote counts as delivered.',
          undefined,
          { survey: surveyStatusToWire(outcome.existing) },
        ),
      };
  }
}

/**
 * `POST /surveys`: one answer per dossier, made safe to retry by the `Idempotency-Key` header, and accepted only
 * with the dossier's survey token (`X-Survey-Token`; 401/403 `survey-token-*` otherwise). The same key and body
 * get the first response again; the key with another body gets 422; a key whose request is still running gets
 * 409. Validation and the token are checked before the key is claimed, so a refused request does not use it up.
 */
export async function postSurvey(c: Context, repository: Repository, now: Instant, surveyTokens: SurveyTokenSettings): Promise<Response> {
  const key = keyOf(c);
  const body = await jsonBody(c);
  const survey = parseSurveyBody(body);
  const token = await checkSurveyToken(c, survey.dossierId, surveyTokens, now);
  if (!token.ok) return token.response;
  const claim = await repository.claimIdempotencyKey(key, requestHash(body), now, staleClaimMs);
  if (claim.kind === 'mismatch') {
    throw new ApiError(
      422,
      apiErrorCodes.idempotencyKeyReused,
      'Khóa Idempotency-Key đã dùng cho một yêu cầu khác. / The Idempotency-Key was used with a different body.',
    );
  }
  if (claim.kind === 'in-flight') {
    throw new ApiError(409, 'request-in-flight', 'Yêu cầu với khóa này đang được xử lý. / A request with this key is still being processed.', {
      headers: { 'Retry-After': '1' },
    });
  }
  if (claim.kind === 'replay') {
    c.header('Idempotent-Replayed', 'true');
    return c.json(claim.response.body, claim.response.status as ContentfulStatusCode);
  }
  let response: StoredResponse;
  try {
    response = await repository.recordSurvey(key, survey, now, (outcome) => respond(outcome, survey.dossierId));
  } catch (error) {
    await repository.releaseIdempotencyKey(key);
    throw error;
  }
  return c.json(response.body, response.status as ContentfulStatusCode);
}
