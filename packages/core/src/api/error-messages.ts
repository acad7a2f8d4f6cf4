import type { MessageCatalog } from '../i18n/catalog.js';
import { translate } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import type { SurveyTokenErrorCode } from './endpoints.js';
import { isSurveyTokenErrorCode } from './endpoints.js';
import type { PortalErrorCode } from './errors.js';
import { HttpStatusError, PortalError } from './errors.js';

/**
 * Why a survey could not be sent with its survey token, per refusal code; Vietnamese first. `portalErrorMessage`
 * uses them; kept apart from `portalErrorMessages` so that the survey element bundles only these.
 */
export const surveyTokenErrorMessages = {
  vi: {
    'survey-token-missing': 'Thiếu mã khảo sát. Vui lòng quét mã QR trên phiếu kết quả.',
    'survey-token-malformed': 'Mã khảo sát không đúng định dạng. Vui lòng quét lại mã QR.',
    'survey-token-forged': 'Mã khảo sát không hợp lệ. Vui lòng quét lại mã QR trên phiếu kết quả.',
    'survey-token-expired': 'Mã khảo sát đã hết hạn. Vui lòng xin mã mới tại bộ phận một cửa.',
    'survey-token-wrong-dossier': 'Mã khảo sát này dành cho hồ sơ khác. Vui lòng quét mã QR của đúng hồ sơ.',
  },
  en: {
    'survey-token-missing': 'The survey code is missing. Please scan the QR code on the result slip.',
    'survey-token-malformed': 'The survey code is malformed. Please scan the QR code again.',
    'survey-token-forged': 'The survey code is not valid. Please scan the QR code on the result slip again.',
    'survey-token-expired': 'The survey code has expired. Please ask the one-stop office for a new one.',
    'survey-token-wrong-dossier': 'This survey code is for another dossier. Please scan the QR code of this dossier.',
  },
} as const satisfies MessageCatalog<Record<SurveyTokenErrorCode, string>>;

/** What to tell a person when the portal fails, per error code; Vietnamese first. */
export const portalErrorMessages = {
  vi: {
    network: 'Không kết nối được với hệ thống. Vui lòng kiểm tra mạng và thử lại.',
    timeout: 'Hệ thống phản hồi quá lâu. Vui lòng thử lại.',
    contract: 'Dữ liệu nhận được từ hệ thống không hợp lệ. Vui lòng báo cho quản trị viên.',
    unauthorized: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    'not-found': 'Không tìm thấy dữ liệu yêu cầu.',
    conflict: 'Dữ liệu đã được cập nhật trước đó.',
    rejected: 'Hệ thống không chấp nhận yêu cầu. Vui lòng kiểm tra lại thông tin.',
    'rate-limited': 'Hệ thống đang bận. Vui lòng thử lại sau {seconds} giây.',
    'rate-limited-now': 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.',
    unavailable: 'Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau.',
    'server-error': 'Hệ thống gặp sự cố. Vui lòng thử lại sau.',
    unknown: 'Đã xảy ra lỗi không xác định.',
  },
  en: {
    network: 'Cannot reach the system. Please check the network and try again.',
    timeout: 'The system is taking too long to answer. Please try again.',
    contract: 'The system sent data that is not valid. Please tell the administrator.',
    unauthorized: 'Your session has expired. Please sign in again.',
    forbidden: 'You are not allowed to do this.',
    'not-found': 'The requested data was not found.',
    conflict: 'This was already updated.',
    rejected: 'The system did not accept the request. Please check the details.',
    'rate-limited': 'The system is busy. Please try again in {seconds} s.',
    'rate-limited-now': 'The system is busy. Please try again in a few minutes.',
    unavailable: 'The system is temporarily unavailable. Please try again later.',
    'server-error': 'The system ran into a problem. Please try again later.',
    unknown: 'Something went wrong.',
  },
} as const satisfies MessageCatalog<Record<PortalErrorCode | 'rate-limited-now' | 'unknown', string>>;

/**
 * A sentence for a person about an error from an adapter (any `PortalError`; anything else gets a generic one). A
 * refused survey token gets the sentence of its code (`survey-token-expired`, …), not the generic 401/403 one.
 * Never contains the server's own text, which may be in another language or carry details not meant for the public.
 */
export function portalErrorMessage(error: unknown, locale: Locale): string {
  if (!(error instanceof PortalError)) return translate(portalErrorMessages, locale, 'unknown');
  const apiCode = error instanceof HttpStatusError ? error.body?.code : undefined;
  if (isSurveyTokenErrorCode(apiCode)) return translate(surveyTokenErrorMessages, locale, apiCode);
  if (error.code === 'rate-limited') {
    const retryAfterMs = error instanceof HttpStatusError ? error.retryAfterMs : undefined;
    return retryAfterMs === undefined
      ? translate(portalErrorMessages, locale, 'rate-limited-now')
      : translate(portalErrorMessages, locale, 'rate-limited', { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
  }
  return translate(portalErrorMessages, locale, error.code);
}
