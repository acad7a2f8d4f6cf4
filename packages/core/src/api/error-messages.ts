import type { MessageCatalog } from '../i18n/catalog.js';
import { translate } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import type { PortalErrorCode } from './errors.js';
import { HttpStatusError, PortalError } from './errors.js';

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
 * A sentence for a person about an error from an adapter (any `PortalError`; anything else gets a generic one).
 * Never contains the server's own text, which may be in another language or carry details not meant for the public.
 */
export function portalErrorMessage(error: unknown, locale: Locale): string {
  if (!(error instanceof PortalError)) return translate(portalErrorMessages, locale, 'unknown');
  if (error.code === 'rate-limited') {
    const retryAfterMs = error instanceof HttpStatusError ? error.retryAfterMs : undefined;
    return retryAfterMs === undefined
      ? translate(portalErrorMessages, locale, 'rate-limited-now')
      : translate(portalErrorMessages, locale, 'rate-limited', { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
  }
  return translate(portalErrorMessages, locale, error.code);
}
