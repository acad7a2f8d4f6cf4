import type { LocalTime } from '../calendar/time-types.js';

export type AgencyLevel = 'province' | 'district' | 'commune' | 'ward' | 'department';

/** The "Chính quyền thân thiện" model an agency registered, and the document that registered it. */
export interface AgencyModel {
  /** Whether the agency registered a model at all ("Không đăng ký" rows have false). */
  readonly registered: boolean;
  /** The model's name as written, e.g. "Chính quyền thân thiện", "5 biết và 3 thể hiện". */
  readonly name?: string;
  /** The document, e.g. "Báo cáo số 35/BC-TTr ngày 27/6/2023". */
  readonly document?: string;
  /** What the model consists of, when the plan says, e.g. "Tiếp nhận, thẩm định, phê duyệt, trả kết quả". */
  readonly description?: string;
}

/** One agency's working week; default 07:00-11:30 and 13:30-17:00, Monday to Friday. */
export interface OfficeHours {
  /** Intervals per ISO weekday (1 Monday … 7 Sunday); a missing weekday is a day off. */
  readonly week: Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly { readonly start: LocalTime; readonly end: LocalTime }[]>>>;
}

export interface Agency {
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly parentCode?: string;
  readonly model: AgencyModel;
  /** "Thứ 6 không hẹn qua tuần": on by default for agencies with registered same-day procedures. */
  readonly fridayRule: boolean;
  readonly officeHours?: OfficeHours;
}

/** How long a procedure may take once its complete dossier is received. */
export type TimeLimit =
  | { readonly kind: 'same-day' }
  | { readonly kind: 'working-days'; readonly days: number }
  | { readonly kind: 'working-hours'; readonly hours: number }
  | { readonly kind: 'none' };

export interface Procedure {
  /** National code such as `1.000804.000.00.00.H25`, or a catalog code for a row named only by its title. */
  readonly code: string;
  readonly name: string;
  /** "procedure" for a single TTHC; "field" for a row that names a whole field ("Lĩnh vực hộ tịch"). */
  readonly kind: 'procedure' | 'field';
  /** Lĩnh vực, e.g. "Hộ tịch", "Chứng thực". */
  readonly field?: string;
  readonly timeLimit: TimeLimit;
  /** Same-day cut-off; a complete dossier received after it may be returned the next working day. Default 15:00. */
  readonly cutOff?: LocalTime;
  /** The national code (Cơ sở dữ liệu quốc gia về TTHC) when `code` is a catalog code, for later mapping. */
  readonly nationalCode?: string;
  /** A remark on the source, e.g. a probable typo kept as written. */
  readonly note?: string;
}

/** An agency's registration of a procedure as resolved and returned the same day. */
export interface SameDayRegistration {
  readonly agencyCode: string;
  readonly procedureCode: string;
  /** The procedure exactly as the agency's row of the source writes it (case, spelling, typos). */
  readonly asWritten?: string;
}

export interface Catalog {
  readonly agencies: readonly Agency[];
  readonly procedures: readonly Procedure[];
  readonly sameDay: readonly SameDayRegistration[];
}
