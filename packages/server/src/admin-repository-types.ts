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
} from '@cqtt/core/admin';
import type { Instant, LocalDate } from '@cqtt/core';

/** Who writes, and when (the server's clock): goes into the row and the audit trail. */
export interface AdminActor {
  readonly subject: string;
  readonly at: Instant;
}

/**
 * The outcome of a versioned write: done, refused because the row changed since `expected` was read (with the
 * row as it is now), or the row does not exist.
 */
export type WriteOutcome<T> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'conflict'; readonly current: T }
  | { readonly kind: 'missing' };

/** Agencies a caller may see: undefined for all (province), else the listed codes. */
export type ScopeCodes = readonly string[] | undefined;

/**
 * The office's own data, edited by administrators. Every write checks the version it was based on and appends its
 * audit row in the same transaction; a lost update is never possible.
 */
export interface AdminRepository {
  /** The year as served: published here, else the built-in official data, else computed (version "0"). */
  calendarYear(year: number): Promise<AdminCalendarYear>;
  publishCalendar(year: number, input: CalendarYearInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminCalendarYear>>;
  unpublishCalendar(year: number, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminCalendarYear>>;

  registrations(query: { readonly agencyCode?: string; readonly on?: LocalDate; readonly scope: ScopeCodes }): Promise<Registration[]>;
  registration(id: string): Promise<Registration | undefined>;
  createRegistration(input: RegistrationInput, actor: AdminActor): Promise<Registration>;
  updateRegistration(id: string, input: RegistrationInput, expected: string, actor: AdminActor): Promise<WriteOutcome<Registration>>;
  deleteRegistration(id: string, expected: string, actor: AdminActor): Promise<WriteOutcome<Registration>>;

  /** The settings every agency saved (agencies on defaults are absent). */
  savedSettings(): Promise<AgencySettings[]>;
  /** The agency's settings, or its defaults with version "0". */
  settings(agencyCode: string): Promise<AgencySettings>;
  saveSettings(agencyCode: string, input: AgencySettingsInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AgencySettings>>;
  resetSettings(agencyCode: string, expected: string, actor: AdminActor): Promise<WriteOutcome<AgencySettings>>;

  messages(query: { readonly agencyCode?: string; readonly scope: ScopeCodes }): Promise<AdminMessage[]>;
  message(id: string): Promise<AdminMessage | undefined>;
  createMessage(input: AdminMessageInput, actor: AdminActor): Promise<AdminMessage>;
  updateMessage(id: string, input: AdminMessageInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminMessage>>;
  deleteMessage(id: string, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminMessage>>;

  /** Newest first; `scope` limits to rows of those agencies (rows without an agency are the province's). */
  audit(query: { readonly limit: number; readonly before?: string; readonly scope: ScopeCodes }): Promise<AuditPage>;
}
