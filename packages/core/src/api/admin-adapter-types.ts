import type { Observable } from 'rxjs';
import type {
  AdminCalendarYear,
  AdminMessage,
  AdminMessageInput,
  AgencySettings,
  AgencySettingsInput,
  AuditPage,
  CalendarYearInput,
  Registration,
  RegistrationInput,
} from './admin-contract.js';
import type { ApiErrorBody } from './errors.js';
import { HttpStatusError } from './errors.js';

/** Which registrations to list: of one agency, valid on one date; both optional. */
export interface RegistrationQuery {
  readonly agencyCode?: string;
  /** `YYYY-MM-DD`: only the registrations valid on that date. */
  readonly on?: string;
}

export interface AuditQuery {
  /** At most this many entries (the server's default is 50). */
  readonly limit?: number;
  /** The `next` of the previous page: entries older than it. */
  readonly before?: string;
}

/**
 * A write refused because the resource changed since it was read (HTTP 412 `precondition-failed`): `current` is
 * the version on the server now, so a console can show both and let its user choose; nothing was written.
 */
export class PreconditionFailedError<T = unknown> extends HttpStatusError {
  constructor(readonly current: T, body?: ApiErrorBody) {
    super(412, { body });
  }
}

/**
 * What the administration console reads and writes (`/api/v1/admin/…`). Every resource carries its `version`;
 * an update or delete passes the version it was based on (sent as `If-Match`) and fails with
 * `PreconditionFailedError` when someone else changed it in between. Other failures are `PortalError`s
 * (`HttpStatusError` 400 with `body.fields`, 401, 403, 404; `NetworkError`, `TimeoutError`, `ContractError`).
 * Reads are cold: each subscription asks again (a console wants fresh data, not a cache).
 */
export interface AdminAdapter {
  calendar$(year: number): Observable<AdminCalendarYear>;
  /** Replaces the year's days (publish); `version` is the one read (`"0"` when the year was never published). */
  publishCalendar(year: number, input: CalendarYearInput, version: string): Observable<AdminCalendarYear>;
  /** Withdraws the published year: the answer is the year as now served (official or computed). */
  unpublishCalendar(year: number, version: string): Observable<AdminCalendarYear>;

  registrations$(query?: RegistrationQuery): Observable<readonly Registration[]>;
  registration$(id: string): Observable<Registration>;
  createRegistration(input: RegistrationInput): Observable<Registration>;
  updateRegistration(id: string, input: RegistrationInput, version: string): Observable<Registration>;
  deleteRegistration(id: string, version: string): Observable<void>;

  /** An agency's settings; the defaults with version `"0"` when it never saved any. */
  settings$(agencyCode: string): Observable<AgencySettings>;
  saveSettings(agencyCode: string, input: AgencySettingsInput, version: string): Observable<AgencySettings>;
  /** Back to the defaults. */
  resetSettings(agencyCode: string, version: string): Observable<AgencySettings>;

  messages$(query?: { readonly agencyCode?: string }): Observable<readonly AdminMessage[]>;
  message$(id: string): Observable<AdminMessage>;
  createMessage(input: AdminMessageInput): Observable<AdminMessage>;
  updateMessage(id: string, input: AdminMessageInput, version: string): Observable<AdminMessage>;
  deleteMessage(id: string, version: string): Observable<void>;

  audit$(query?: AuditQuery): Observable<AuditPage>;
}

/** Where the admin resources live, relative to the adapter's `baseUrl`. */
export const adminEndpoints = {
  calendar: '/api/v1/admin/calendar/{year}',
  registrations: '/api/v1/admin/registrations',
  registration: '/api/v1/admin/registrations/{id}',
  settings: '/api/v1/admin/agencies/{code}/settings',
  messages: '/api/v1/admin/messages',
  message: '/api/v1/admin/messages/{id}',
  audit: '/api/v1/admin/audit',
} as const;

/** The error codes only the admin API uses. */
export const adminErrorCodes = {
  /** A PUT or DELETE without `If-Match` (HTTP 428). */
  preconditionRequired: 'precondition-required',
  /** `If-Match` names a version that is no longer current (HTTP 412); the body carries `current`. */
  preconditionFailed: 'precondition-failed',
} as const;

/** `"7"` for version `7`: the strong ETag of a resource version. */
export function etagOf(version: string): string {
  return `"${version}"`;
}

/** The version an `ETag`/`If-Match` value names (`"7"` or `W/"7"`), or undefined for anything else. */
export function versionOfEtag(etag: string | null | undefined): string | undefined {
  const match = /^\s*(?:W\/)?"(\d{1,20})"\s*$/.exec(etag ?? '');
  return match?.[1];
}
