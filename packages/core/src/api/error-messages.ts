import type { LazyMessageCatalog, MessageCatalog, MessageParams } from '../i18n/catalog.js';
import { translate } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import type { SurveyTokenErrorCode } from './endpoints.js';
import { isSurveyTokenErrorCode } from './endpoints.js';
import { portalErrorMessagesEn, surveyTokenErrorMessagesEn } from './error-messages-en.js';
import type { PortalErrorCode } from './errors.js';
import { HttpStatusError, PortalError } from './errors.js';

/**
 * Why a survey could not be sent with its survey token, per refusal code, in Vietnamese. Kept apart from
 * `portalErrorMessagesVi` so that the survey element bundles only these.
 */
export const surveyTokenErrorMessagesVi = {
  'survey-token-missing': 'Thiếu mã khảo sát. Vui lòng quét mã QR trên phiếu kết quả.',
  'survey-token-malformed': 'Mã khảo sát không đúng định dạng. Vui lòng quét lại mã QR.',
  'survey-token-forged': 'Mã khảo sát không hợp lệ. Vui lòng quét lại mã QR trên phiếu kết quả.',
  'survey-token-expired': 'Mã khảo sát đã hết hạn. Vui lòng xin mã mới tại bộ phận một cửa.',
  'survey-token-wrong-dossier': 'Mã khảo sát này dành cho hồ sơ khác. Vui lòng quét mã QR của đúng hồ sơ.',
} as const satisfies Record<SurveyTokenErrorCode, string>;

/** What to tell a person when the portal fails, per error code, in Vietnamese. */
export const portalErrorMessagesVi = {
  network: 'Không kết nối được với hệ thống. Vui lòng kiểm tra mạng và thử lại.',
  timeout: 'Hệ thống phản hồi quá lâu. Vui lòng thử lại.',
  contract: 'Dữ liệu nhận được từ hệ thống không hợp lệ. Vui lòng báo cho quản trị viên.',
  unauthorized: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  forbidden: 'Ông/Bà không có quyền thực hiện thao tác này.',
  'not-found': 'Không tìm thấy dữ liệu yêu cầu.',
  conflict: 'Dữ liệu đã được cập nhật trước đó.',
  rejected: 'Hệ thống không chấp nhận yêu cầu. Vui lòng kiểm tra lại thông tin.',
  'rate-limited': 'Hệ thống đang bận. Vui lòng thử lại sau {seconds} giây.',
  'rate-limited-now': 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.',
  unavailable: 'Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau.',
  'server-error': 'Hệ thống gặp sự cố. Vui lòng thử lại sau.',
  unknown: 'Đã xảy ra lỗi không xác định.',
} as const satisfies Record<PortalErrorCode | 'rate-limited-now' | 'unknown', string>;

/** Why a survey token was refused, in both languages. */
export const surveyTokenErrorMessages: MessageCatalog<typeof surveyTokenErrorMessagesVi> = {
  vi: surveyTokenErrorMessagesVi,
  en: surveyTokenErrorMessagesEn,
};

/** What to tell a person when the portal fails, in both languages. */
export const portalErrorMessages: MessageCatalog<typeof portalErrorMessagesVi> = { vi: portalErrorMessagesVi, en: portalErrorMessagesEn };

/** `surveyTokenErrorMessages` for a browser page: the English texts are fetched only by a page in English. */
export const lazySurveyTokenErrorMessages: LazyMessageCatalog<typeof surveyTokenErrorMessagesVi> = {
  vi: surveyTokenErrorMessagesVi,
  loadEn: () => import('./error-messages-en.js').then((module) => module.surveyTokenErrorMessagesEn),
};

/** `portalErrorMessages` for a browser page: the English texts are fetched only by a page in English. */
export const lazyPortalErrorMessages: LazyMessageCatalog<typeof portalErrorMessagesVi> = {
  vi: portalErrorMessagesVi,
  loadEn: () => import('./error-messages-en.js').then((module) => module.portalErrorMessagesEn),
};

/** The sentence for an error: a key of `portalErrorMessages` with its parameters, or a survey token's refusal. */
export type PortalErrorMessage =
  | { readonly catalog: 'portal'; readonly key: keyof typeof portalErrorMessagesVi; readonly params?: MessageParams }
  | { readonly catalog: 'survey-token'; readonly key: SurveyTokenErrorCode };

/**
 * Which sentence to tell a person about an error from an adapter (any `PortalError`; anything else gets a generic
 * one). A refused survey token gets the sentence of its code (`survey-token-expired`, …), not the generic 401/403
 * one. Never the server's own text, which may be in another language or carry details not meant for the public.
 */
export function portalErrorMessageOf(error: unknown): PortalErrorMessage {
  if (!(error instanceof PortalError)) return { catalog: 'portal', key: 'unknown' };
  const apiCode = error instanceof HttpStatusError ? error.body?.code : undefined;
  if (isSurveyTokenErrorCode(apiCode)) return { catalog: 'survey-token', key: apiCode };
  if (error.code === 'rate-limited') {
    const retryAfterMs = error instanceof HttpStatusError ? error.retryAfterMs : undefined;
    return retryAfterMs === undefined
      ? { catalog: 'portal', key: 'rate-limited-now' }
      : { catalog: 'portal', key: 'rate-limited', params: { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } };
  }
  return { catalog: 'portal', key: error.code };
}

/** `portalErrorMessageOf` as a sentence in `locale`. */
export function portalErrorMessage(error: unknown, locale: Locale): string {
  const message = portalErrorMessageOf(error);
  return message.catalog === 'portal'
    ? translate(portalErrorMessages, locale, message.key, message.params)
    : translate(surveyTokenErrorMessages, locale, message.key);
}
