import type { Instant, LocalDate } from '../calendar/time-types.js';

/** Dossier status, in the national portal's numbering 1-10 (TrangThaiHoSo). */
export type DossierStatus =
  | 'registered' // 1 Mới đăng ký
  | 'received' // 2 Được tiếp nhận
  | 'rejected' // 3 Không được tiếp nhận
  | 'processing' // 4 Đang xử lý
  | 'supplement-requested' // 5 Yêu cầu bổ sung
  | 'financial-obligation' // 6 Nghĩa vụ tài chính
  | 'withdrawn' // 7 Rút hồ sơ
  | 'suspended' // 8 Dừng xử lý
  | 'resolved' // 9 Đã xử lý xong
  | 'returned'; // 10 Đã trả kết quả

/** A dossier (hồ sơ), in our own clean shape; adapters map a portal's fields to it. */
export interface Dossier {
  readonly id: string;
  readonly procedureCode: string;
  readonly agencyCode: string;
  readonly status: DossierStatus;
  /** When the complete dossier was received (ngày tiếp nhận). */
  readonly receivedAt: Instant;
  /** The appointment for the result (ngày hẹn trả); none for procedures without a fixed date. */
  readonly appointmentAt?: Instant;
  /** When the result was ready (xử lý xong). */
  readonly resolvedAt?: Instant;
  /** When the result was handed to the citizen (ngày trả). */
  readonly returnedAt?: Instant;
  /** When staff pressed "kết thúc hồ sơ" (ngày kết thúc xử lý); the portal's statistics use it. */
  readonly closedAt?: Instant;
  /** The dossier holder's name (chủ hồ sơ): personal data, only on protected endpoints. */
  readonly applicantName?: string;
  /** The procedure's name as the portal sent it (tên TTHC), for display. */
  readonly procedureName?: string;
  /** The procedure's field code (mã lĩnh vực), when the portal sends it. */
  readonly fieldCode?: string;
}

export interface DossierQuery {
  readonly agencyCode?: string;
  readonly status?: readonly DossierStatus[];
  /** Received on or after this date (Vietnam). */
  readonly from?: LocalDate;
  /** Received on or before this date (Vietnam). */
  readonly to?: LocalDate;
  readonly limit?: number;
}

export type MessageKind = 'slogan' | 'reminder' | 'hotline';

/** A line for the ticker and the LED screen. Rendered as text; `href` only `https:` or `tel:`. */
export interface Message {
  readonly id: string;
  readonly kind: MessageKind;
  readonly text: string;
  readonly href?: string;
}

/** The five SIPAS levels, 5 best: Rất hài lòng … Rất không hài lòng. */
export type SatisfactionLevel = 1 | 2 | 3 | 4 | 5;

export interface SurveyResponse {
  readonly dossierId: string;
  readonly level: SatisfactionLevel;
  /** Principle ids (see `principles`) that went wrong, for a level of 3 or lower. */
  readonly shortcomings: readonly string[];
  /** Principle ids praised, for a level of 4 or 5. */
  readonly praise: readonly string[];
  /** Góp ý: at most 1,000 characters. */
  readonly comment?: string;
  /** A Vietnamese phone number for a call-back, only with consent. */
  readonly phone?: string;
  readonly callbackConsent: boolean;
  /** When the citizen voted (taken when the vote is cast, before delivery). */
  readonly votedAt: Instant;
}

export interface SurveyStatus {
  readonly dossierId: string;
  readonly answered: boolean;
  readonly level?: SatisfactionLevel;
  readonly answeredAt?: Instant;
}

/**
 * A dossier's survey token, as staff's result screen gets it (`POST /survey-tokens`) for the QR code: a compact JWS
 * the citizen's survey sends in `X-Survey-Token`.
 */
export interface SurveyTokenGrant {
  readonly dossierId: string;
  readonly token: string;
  /** When the token stops being accepted. */
  readonly expiresAt: Instant;
}

export interface ServerTime {
  readonly epochMs: Instant;
}

export interface ReportQuery {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly agencyCode?: string;
}

/** One agency's figures for a period; see the report rules for the definitions. */
export interface ReportRow {
  readonly agencyCode: string;
  readonly received: number;
  readonly resolved: number;
  readonly returned: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  /** Complete dossiers of registered same-day procedures received in the period. */
  readonly sameDayEligible: number;
  /** Of those, resolved on the day they were received. */
  readonly sameDayResolved: number;
  /** Friday receipts of registered same-day procedures. */
  readonly fridayReceived: number;
  /** Of those, returned that Friday. */
  readonly fridayReturned: number;
  readonly resolvedNotClosed: number;
  readonly surveys: number;
  /** Votes per level, index 0 for level 1 (Rất không hài lòng) … index 4 for level 5 (Rất hài lòng). */
  readonly satisfaction: readonly [number, number, number, number, number];
}

/**
 * An agency's own settings as the portal serves them publicly (`GET /agencies/{code}/settings`): office hours per
 * weekday (`[["07:00", "11:30"], …]`, `[]` closed), the Friday rule, the default same-day cut-off, and per
 * procedure a cut-off or a time limit in working days. `version` "0" means the agency never saved any: the
 * catalog's values stand.
 */
export interface AgencySettingsView {
  readonly agencyCode: string;
  readonly officeHours: Readonly<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', readonly (readonly [string, string])[]>>;
  readonly fridayRule: boolean;
  readonly cutoff: string;
  readonly procedures: Readonly<Record<string, { readonly cutoff?: string; readonly timeLimitDays?: number }>>;
  readonly version: string;
}
