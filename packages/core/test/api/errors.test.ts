import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiErrorCodes,
  ContractError,
  HttpStatusError,
  isSurveyTokenErrorCode,
  NetworkError,
  PortalError,
  portalErrorMessage,
  portalErrorMessageOf,
  surveyTokenErrorMessages,
  TimeoutError,
} from '@cqtt/core';

describe('typed portal errors', () => {
  it('are PortalErrors with a code per kind of failure', () => {
    const errors = [new NetworkError('down'), new TimeoutError(5000), new ContractError('$.status', 'unknown status'), new HttpStatusError(404)];
    for (const error of errors) {
      assert.ok(error instanceof PortalError);
      assert.ok(error instanceof Error);
    }
    assert.deepEqual(
      errors.map((error) => [error.name, error.code]),
      [
        ['NetworkError', 'network'],
        ['TimeoutError', 'timeout'],
        ['ContractError', 'contract'],
        ['HttpStatusError', 'not-found'],
      ],
    );
    const codes = [401, 403, 404, 409, 400, 422, 429, 503, 500, 502].map((status) => new HttpStatusError(status).code);
    assert.deepEqual(codes, ['unauthorized', 'forbidden', 'not-found', 'conflict', 'rejected', 'rejected', 'rate-limited', 'unavailable', 'server-error', 'server-error']);
  });

  it('keep what a caller needs', () => {
    const error = new HttpStatusError(429, { retryAfterMs: 2000, body: { code: 'rate-limited', message: 'Slow down' } });
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterMs, 2000);
    assert.equal(error.body?.code, 'rate-limited');
    assert.equal(error.message, 'HTTP 429: Slow down');
    assert.equal(new HttpStatusError(500).message, 'HTTP 500');
    assert.equal(Object.hasOwn(new HttpStatusError(500), 'retryAfterMs'), false);
    const contract = new ContractError('$[2].receivedAt', 'expected a date-time');
    assert.equal(contract.path, '$[2].receivedAt');
    assert.equal(contract.message, 'expected a date-time');
    assert.equal(new TimeoutError(3000).timeoutMs, 3000);
  });
});

describe('portalErrorMessage', () => {
  it('speaks Vietnamese first and English second', () => {
    assert.equal(portalErrorMessage(new NetworkError('down'), 'vi'), 'Không kết nối được với hệ thống. Vui lòng kiểm tra mạng và thử lại.');
    assert.equal(portalErrorMessage(new NetworkError('down'), 'en'), 'Cannot reach the system. Please check the network and try again.');
    assert.equal(portalErrorMessage(new TimeoutError(1), 'vi'), 'Hệ thống phản hồi quá lâu. Vui lòng thử lại.');
    assert.equal(portalErrorMessage(new ContractError('$', 'x'), 'en'), 'The system sent data that is not valid. Please tell the administrator.');
  });

  it('says how long to wait when the server said', () => {
    assert.equal(portalErrorMessage(new HttpStatusError(429, { retryAfterMs: 30_000 }), 'vi'), 'Hệ thống đang bận. Vui lòng thử lại sau 30 giây.');
    assert.equal(portalErrorMessage(new HttpStatusError(429, { retryAfterMs: 1 }), 'en'), 'The system is busy. Please try again in 1 s.');
    assert.equal(portalErrorMessage(new HttpStatusError(429), 'en'), 'The system is busy. Please try again in a few minutes.');
  });

  it('never shows the server text, and has a generic sentence for anything else', () => {
    const message = portalErrorMessage(new HttpStatusError(500, { body: { code: 'internal', message: 'NullPointerException at db.ts:12' } }), 'en');
    assert.equal(message, 'The system ran into a problem. Please try again later.');
    assert.equal(portalErrorMessage(new TypeError('x'), 'vi'), 'Đã xảy ra lỗi không xác định.');
    assert.equal(portalErrorMessage('string', 'en'), 'Something went wrong.');
  });

  it('says why a survey token was refused, rather than "session expired"', () => {
    const refusal = (status: number, code: string) => new HttpStatusError(status, { body: { code, message: 'server text' } });
    assert.equal(portalErrorMessage(refusal(401, 'survey-token-expired'), 'vi'), 'Mã khảo sát đã hết hạn. Vui lòng xin mã mới tại bộ phận một cửa.');
    assert.equal(portalErrorMessage(refusal(401, 'survey-token-expired'), 'en'), 'The survey code has expired. Please ask the one-stop office for a new one.');
    assert.equal(portalErrorMessage(refusal(401, 'survey-token-missing'), 'vi'), 'Thiếu mã khảo sát. Vui lòng quét mã QR trên phiếu kết quả.');
    assert.equal(portalErrorMessage(refusal(403, 'survey-token-wrong-dossier'), 'en'), 'This survey code is for another dossier. Please scan the QR code of this dossier.');
    assert.equal(portalErrorMessage(refusal(401, 'missing-token'), 'vi'), 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
    assert.equal(portalErrorMessage(refusal(401, 'survey-token-other'), 'en'), 'Your session has expired. Please sign in again.');
    for (const locale of ['vi', 'en'] as const) {
      const texts = Object.values(surveyTokenErrorMessages[locale]);
      assert.equal(new Set(texts).size, 5);
      for (const text of texts) assert.equal(text, text.normalize('NFC'));
    }
  });

  it('knows exactly the five survey-token codes', () => {
    const codes = Object.values(apiErrorCodes).filter(isSurveyTokenErrorCode);
    assert.deepEqual(codes, ['survey-token-missing', 'survey-token-malformed', 'survey-token-forged', 'survey-token-expired', 'survey-token-wrong-dossier']);
    assert.deepEqual(Object.keys(surveyTokenErrorMessages.vi), codes);
    for (const other of ['survey-token-', 'survey-token-expired ', 'missing-token', undefined, 401, null]) assert.equal(isSurveyTokenErrorCode(other), false);
  });

  it('is NFC text', () => {
    const text = portalErrorMessage(new HttpStatusError(503), 'vi');
    assert.equal(text, text.normalize('NFC'));
  });
});

describe('portalErrorMessageOf', () => {
  it('names the catalog and key of the sentence, so a browser element can say it with its own texts', () => {
    assert.deepEqual(portalErrorMessageOf(new NetworkError('down')), { catalog: 'portal', key: 'network' });
    assert.deepEqual(portalErrorMessageOf(new HttpStatusError(429, { retryAfterMs: 2_500 })), {
      catalog: 'portal',
      key: 'rate-limited',
      params: { seconds: 3 },
    });
    const expired = new HttpStatusError(401, { body: { code: 'survey-token-expired', message: 'server text' } });
    assert.deepEqual(portalErrorMessageOf(expired), { catalog: 'survey-token', key: 'survey-token-expired' });
    assert.deepEqual(portalErrorMessageOf(new RangeError('x')), { catalog: 'portal', key: 'unknown' });
  });
});
