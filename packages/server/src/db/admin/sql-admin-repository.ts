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
import type { LocalDate } from '@cqtt/core';
import type { AdminActor, AdminRepository, ScopeCodes, WriteOutcome } from '../../admin-repository-types.js';
import type { SqlClient } from '../sql-client.js';
import { listAudit } from './audit-sql.js';
import { calendarYear, publishCalendar, unpublishCalendar } from './calendar-sql.js';
import { createMessage, deleteMessage, findMessage, listMessages, updateMessage } from './message-sql.js';
import { createRegistration, deleteRegistration, findRegistration, listRegistrations, updateRegistration } from './registration-sql.js';
import { agencySettings, resetAgencySettings, saveAgencySettings, savedAgencySettings } from './settings-sql.js';

/** The `AdminRepository` in SQL that runs on PGlite and on PostgreSQL (see `db/admin/*-sql.ts`). */
export class SqlAdminRepository implements AdminRepository {
  readonly #db: SqlClient;

  constructor(db: SqlClient) {
    this.#db = db;
  }

  calendarYear(year: number): Promise<AdminCalendarYear> {
    return calendarYear(this.#db, year);
  }
  publishCalendar(year: number, input: CalendarYearInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminCalendarYear>> {
    return publishCalendar(this.#db, year, input, expected, actor);
  }
  unpublishCalendar(year: number, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminCalendarYear>> {
    return unpublishCalendar(this.#db, year, expected, actor);
  }

  registrations(query: { readonly agencyCode?: string; readonly on?: LocalDate; readonly scope: ScopeCodes }): Promise<Registration[]> {
    return listRegistrations(this.#db, query);
  }
  registration(id: string): Promise<Registration | undefined> {
    return findRegistration(this.#db, id);
  }
  createRegistration(input: RegistrationInput, actor: AdminActor): Promise<Registration> {
    return createRegistration(this.#db, input, actor);
  }
  updateRegistration(id: string, input: RegistrationInput, expected: string, actor: AdminActor): Promise<WriteOutcome<Registration>> {
    return updateRegistration(this.#db, id, input, expected, actor);
  }
  deleteRegistration(id: string, expected: string, actor: AdminActor): Promise<WriteOutcome<Registration>> {
    return deleteRegistration(this.#db, id, expected, actor);
  }

  savedSettings(): Promise<AgencySettings[]> {
    return savedAgencySettings(this.#db);
  }
  settings(agencyCode: string): Promise<AgencySettings> {
    return agencySettings(this.#db, agencyCode);
  }
  saveSettings(agencyCode: string, input: AgencySettingsInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AgencySettings>> {
    return saveAgencySettings(this.#db, agencyCode, input, expected, actor);
  }
  resetSettings(agencyCode: string, expected: string, actor: AdminActor): Promise<WriteOutcome<AgencySettings>> {
    return resetAgencySettings(this.#db, agencyCode, expected, actor);
  }

  messages(query: { readonly agencyCode?: string; readonly scope: ScopeCodes }): Promise<AdminMessage[]> {
    return listMessages(this.#db, query);
  }
  message(id: string): Promise<AdminMessage | undefined> {
    return findMessage(this.#db, id);
  }
  createMessage(input: AdminMessageInput, actor: AdminActor): Promise<AdminMessage> {
    return createMessage(this.#db, input, actor);
  }
  updateMessage(id: string, input: AdminMessageInput, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminMessage>> {
    return updateMessage(this.#db, id, input, expected, actor);
  }
  deleteMessage(id: string, expected: string, actor: AdminActor): Promise<WriteOutcome<AdminMessage>> {
    return deleteMessage(this.#db, id, expected, actor);
  }

  audit(query: { readonly limit: number; readonly before?: string; readonly scope: ScopeCodes }): Promise<AuditPage> {
    return listAudit(this.#db, query);
  }
}
