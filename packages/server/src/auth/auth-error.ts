/** Why a staff request was refused; stable, for clients to branch on. */
export type AuthErrorCode =
  | 'missing-token'
  | 'malformed-header'
  | 'invalid-token'
  | 'expired-token'
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'invalid-claims'
  | 'token-too-long-lived'
  | 'no-agency-scope'
  | 'forbidden-agency'
  | 'auth-unavailable';

interface AuthErrorText {
  readonly status: 401 | 403 | 503;
  readonly vi: string;
  readonly en: string;
}

const texts: Readonly<Record<AuthErrorCode, AuthErrorText>> = {
  'missing-token': {
    status: 401,
    vi: 'Cần đăng nhập Cổng dịch vụ công để xem dữ liệu này.',
    en: 'Sign in to the portal to see this data.',
  },
  'malformed-header': {
    status: 401,
    vi: 'Tiêu đề Authorization phải có dạng "Bearer <mã đăng nhập>".',
    en: 'The Authorization header must read "Bearer <token>".',
  },
  'invalid-token': {
    status: 401,
    vi: 'Mã đăng nhập không hợp lệ. Vui lòng đăng nhập lại.',
    en: 'The sign-in token is not valid. Please sign in again.',
  },
  'expired-token': {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'The sign-in session has expired. Please sign in again.',
  },
  'not-yet-valid': {
    status: 401,
    vi: 'Mã đăng nhập chưa có hiệu lực; đồng hồ của máy chủ cổng có thể bị sai.',
    en: 'The sign-in token is not valid yet; the portal server\'s clock may be wrong.',
  },
  'wrong-issuer': {
    status: 401,
    vi: 'Mã đăng nhập không do cổng dịch vụ công đã cấu hình cấp.',
    en: 'The sign-in token was not issued by the configured portal.',
  },
  'wrong-audience': {
    status: 401,
    vi: 'Mã đăng nhập không dành cho hệ thống này.',
    en: 'The sign-in token is not meant for this service.',
  },
  'invalid-claims': {
    status: 401,
    vi: 'Mã đăng nhập thiếu hoặc sai thông tin bắt buộc (người dùng, đơn vị, thời hạn).',
    en: 'The sign-in token lacks a required claim or has a wrong one (user, agency, expiry).',
  },
  'token-too-long-lived': {
    status: 401,
    vi: 'Mã đăng nhập có thời hạn quá dài; cổng dịch vụ công cần cấp mã ngắn hạn hơn.',
    en: 'The sign-in token is valid for too long; the portal must issue shorter-lived tokens.',
  },
  'no-agency-scope': {
    status: 403,
    vi: 'Tài khoản chưa được gán đơn vị nào nên không xem được dữ liệu hồ sơ.',
    en: 'The account is not assigned to any agency, so it cannot see dossier data.',
  },
  'forbidden-agency': {
    status: 403,
    vi: 'Tài khoản không có quyền xem dữ liệu của đơn vị này.',
    en: 'The account may not see this agency\'s data.',
  },
  'auth-unavailable': {
    status: 503,
    vi: 'Chưa kiểm tra được mã đăng nhập vì không tải được khóa của cổng. Vui lòng thử lại sau.',
    en: 'The sign-in token could not be checked because the portal\'s keys could not be loaded. Please try again later.',
  },
};

/**
 * A staff request refused: 401 (no usable token), 403 (a valid token without access to what was asked) or 503
 * (the portal's JWKS could not be fetched, so no token can be checked). `message` is Vietnamese, `messageEn`
 * English; neither carries the token or says whether a dossier exists.
 */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly status: 401 | 403 | 503;
  readonly code: AuthErrorCode;
  readonly messageEn: string;

  constructor(code: AuthErrorCode, options?: { cause?: unknown }) {
    const text = texts[code];
    super(text.vi, options);
    this.code = code;
    this.status = text.status;
    this.messageEn = text.en;
  }
}
