import type { Observable } from 'rxjs';
import { defer, of, throwError } from 'rxjs';
import type * as v from 'valibot';
import { builtInCalendarYear } from '../calendar/built-in-year.js';
import type { AdminAdapter, AuditQuery, RegistrationQuery } from './admin-adapter-types.js';
import { adminErrorCodes, PreconditionFailedError } from './admin-adapter-types.js';
import type {
  AdminCalendarYear,
  AdminMessage,
  AdminMessageInput,
  AgencySettings,
  AgencySettingsInput,
  AuditAction,
  AuditEntity,
  AuditEntry,
  AuditPage,
  CalendarYearInput,
  Registration,
  RegistrationInput,
} from './admin-contract.js';
import {
  adminMessageInputSchema,
  agencySettingsInputSchema,
  calendarYearInputSchema,
  calendarYearProblems,
  checkAdminInput,
  defaultAgencySettings,
  registrationInputSchema,
} from './admin-contract.js';
import { apiErrorCodes } from './endpoints.js';
import { HttpStatusError } from './errors.js';

/** What the memory admin starts with, and who it says made the changes. */
export interface MemoryAdminAdapterOptions {
  /** The "server's" clock, for `publishedAt`, `updatedAt` and the audit trail. */
  readonly clock: () => number;
  /** The subject written into the audit trail (default `memory-admin`). */
  readonly subject?: string;
  readonly registrations?: readonly Registration[];
  readonly messages?: readonly AdminMessage[];
}

interface PublishedYear {
  readonly input: CalendarYearInput;
  readonly publishedBy: string;
  readonly publishedAt: string;
  readonly version: string;
}

function failure(status: number, code: string, message: string, fields?: readonly { path: string; message: string }[]): HttpStatusError {
  return new HttpStatusError(status, { body: { code, message, ...(fields ? { fields } : {}) } });
}

/**
 * An `AdminAdapter` over data in memory, with the reference server's semantics: versions that change on every
 * write (`PreconditionFailedError` with `current` for a stale one), 400 with field paths for a body that breaks
 * the contract or a year that makes no sense, 404 for an unknown id, and an audit entry for every write. It has
 * no access control. For the console's tests and an offline demo.
 */
export class MemoryAdminAdapter implements AdminAdapter {
  readonly #clock: () => number;
  readonly #subject: string;
  readonly #years = new Map<number, PublishedYear>();
  readonly #registrations = new Map<string, Registration>();
  readonly #settings = new Map<string, AgencySettings>();
  readonly #messages = new Map<string, AdminMessage>();
  readonly #audit: AuditEntry[] = [];
  #lastVersion = 0;

  constructor(options: MemoryAdminAdapterOptions) {
    this.#clock = options.clock;
    this.#subject = options.subject ?? 'memory-admin';
    for (const registration of options.registrations ?? []) this.#registrations.set(registration.id, registration);
    for (const message of options.messages ?? []) this.#messages.set(message.id, message);
    this.#lastVersion = Math.max(0, ...[...this.#registrations.values(), ...this.#messages.values()].map((item) => Number(item.version)));
  }

  calendar$(year: number): Observable<AdminCalendarYear> {
    return this.#answer(() => this.#year(year));
  }

  publishCalendar(year: number, input: CalendarYearInput, version: string): Observable<AdminCalendarYear> {
    return this.#answer(() => {
      const before = this.#year(year);
      this.#expect(before, version);
      const body = this.#valid(calendarYearInputSchema, input);
      const problems = calendarYearProblems(year, body);
      if (problems.length > 0) throw this.#invalid(problems);
      this.#years.set(year, { input: body, publishedBy: this.#subject, publishedAt: this.#now(), version: this.#nextVersion() });
      const after = this.#year(year);
      this.#record('publish', 'calendar', String(year), undefined, before, after);
      return after;
    });
  }

  unpublishCalendar(year: number, version: string): Observable<AdminCalendarYear> {
    return this.#answer(() => {
      const before = this.#year(year);
      this.#expect(before, version);
      this.#years.delete(year);
      const after = this.#year(year);
      this.#record('unpublish', 'calendar', String(year), undefined, before, after);
      return after;
    });
  }

  registrations$(query: RegistrationQuery = {}): Observable<readonly Registration[]> {
    return this.#answer(() =>
      [...this.#registrations.values()].filter(
        (item) =>
          (query.agencyCode === undefined || item.agencyCode === query.agencyCode) &&
          (query.on === undefined || (item.from <= query.on && (item.to === undefined || query.on <= item.to))),
      ),
    );
  }

  registration$(id: string): Observable<Registration> {
    return this.#answer(() => this.#found(this.#registrations, id));
  }

  createRegistration(input: RegistrationInput): Observable<Registration> {
    return this.#answer(() => {
      const version = this.#nextVersion();
      const created: Registration = { ...this.#valid(registrationInputSchema, input), id: `r${version}`, version };
      this.#registrations.set(created.id, created);
      this.#record('create', 'registration', created.id, created.agencyCode, null, created);
      return created;
    });
  }

  updateRegistration(id: string, input: RegistrationInput, version: string): Observable<Registration> {
    return this.#answer(() => {
      const before = this.#found(this.#registrations, id);
      this.#expect(before, version);
      const after: Registration = { ...this.#valid(registrationInputSchema, input), id, version: this.#nextVersion() };
      this.#registrations.set(id, after);
      this.#record('update', 'registration', id, after.agencyCode, before, after);
      return after;
    });
  }

  deleteRegistration(id: string, version: string): Observable<void> {
    return this.#answer(() => {
      const before = this.#found(this.#registrations, id);
      this.#expect(before, version);
      this.#registrations.delete(id);
      this.#record('delete', 'registration', id, before.agencyCode, before, null);
    });
  }

  settings$(agencyCode: string): Observable<AgencySettings> {
    return this.#answer(() => this.#settings.get(agencyCode) ?? defaultAgencySettings(agencyCode));
  }

  saveSettings(agencyCode: string, input: AgencySettingsInput, version: string): Observable<AgencySettings> {
    return this.#answer(() => {
      const before = this.#settings.get(agencyCode) ?? defaultAgencySettings(agencyCode);
      this.#expect(before, version);
      const after: AgencySettings = {
        ...this.#valid(agencySettingsInputSchema, input),
        agencyCode,
        version: this.#nextVersion(),
        updatedBy: this.#subject,
        updatedAt: this.#now(),
      };
      this.#settings.set(agencyCode, after);
      this.#record('update', 'settings', agencyCode, agencyCode, before, after);
      return after;
    });
  }

  resetSettings(agencyCode: string, version: string): Observable<AgencySettings> {
    return this.#answer(() => {
      const before = this.#settings.get(agencyCode) ?? defaultAgencySettings(agencyCode);
      this.#expect(before, version);
      this.#settings.delete(agencyCode);
      const after = defaultAgencySettings(agencyCode);
      this.#record('delete', 'settings', agencyCode, agencyCode, before, after);
      return after;
    });
  }

  messages$(query: { readonly agencyCode?: string } = {}): Observable<readonly AdminMessage[]> {
    return this.#answer(() =>
      [...this.#messages.values()]
        .filter((item) => query.agencyCode === undefined || item.agencyCode === query.agencyCode)
        .sort((a, b) => a.position - b.position),
    );
  }

  message$(id: string): Observable<AdminMessage> {
    return this.#answer(() => this.#found(this.#messages, id));
  }

  createMessage(input: AdminMessageInput): Observable<AdminMessage> {
    return this.#answer(() => {
      const version = this.#nextVersion();
      const created: AdminMessage = { ...this.#valid(adminMessageInputSchema, input), id: `m${version}`, version };
      this.#messages.set(created.id, created);
      this.#record('create', 'message', created.id, created.agencyCode, null, created);
      return created;
    });
  }

  updateMessage(id: string, input: AdminMessageInput, version: string): Observable<AdminMessage> {
    return this.#answer(() => {
      const before = this.#found(this.#messages, id);
      this.#expect(before, version);
      const after: AdminMessage = { ...this.#valid(adminMessageInputSchema, input), id, version: this.#nextVersion() };
      this.#messages.set(id, after);
      this.#record('update', 'message', id, after.agencyCode, before, after);
      return after;
    });
  }

  deleteMessage(id: string, version: string): Observable<void> {
    return this.#answer(() => {
      const before = this.#found(this.#messages, id);
      this.#expect(before, version);
      this.#messages.delete(id);
      this.#record('delete', 'message', id, before.agencyCode, before, null);
    });
  }

  audit$(query: AuditQuery = {}): Observable<AuditPage> {
    return this.#answer(() => {
      const limit = query.limit ?? 50;
      const older = this.#audit.filter((entry) => query.before === undefined || Number(entry.id) < Number(query.before)).reverse();
      const items = older.slice(0, limit);
      const last = items[items.length - 1];
      return { items, ...(older.length > limit && last ? { next: last.id } : {}) };
    });
  }

  #year(year: number): AdminCalendarYear {
    const published = this.#years.get(year);
    if (!published) {
      const builtIn = builtInCalendarYear(year);
      return { year, daysOff: [...builtIn.daysOff], workingDays: [...builtIn.workingDays], status: builtIn.status, source: builtIn.source, version: '0' };
    }
    const { input, publishedBy, publishedAt, version } = published;
    return { year, daysOff: [...input.daysOff], workingDays: [...input.workingDays], status: 'published', source: input.source, publishedBy, publishedAt, version };
  }

  #expect<T extends { readonly version: string }>(current: T, version: string): void {
    if (current.version !== version) {
      throw new PreconditionFailedError(current, { code: adminErrorCodes.preconditionFailed, message: 'Someone else changed this since it was read.' });
    }
  }

  #valid<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
    const checked = checkAdminInput(schema, input);
    if (!checked.ok) throw this.#invalid(checked.problems);
    return checked.value;
  }

  #invalid(fields: readonly { path: string; message: string }[]): HttpStatusError {
    return failure(400, apiErrorCodes.invalidRequest, 'The request has invalid fields.', fields);
  }

  #found<T>(map: ReadonlyMap<string, T>, id: string): T {
    const item = map.get(id);
    if (item === undefined) throw failure(404, apiErrorCodes.notFound, `No ${id}.`);
    return item;
  }

  #nextVersion(): string {
    this.#lastVersion += 1;
    return String(this.#lastVersion);
  }

  #now(): string {
    return new Date(this.#clock()).toISOString();
  }

  #record(action: AuditAction, entity: AuditEntity, key: string, agencyCode: string | undefined, before: unknown, after: unknown): void {
    this.#audit.push({
      id: String(this.#audit.length + 1),
      at: this.#now(),
      subject: this.#subject,
      action,
      entity,
      key,
      ...(agencyCode !== undefined ? { agencyCode } : {}),
      before: structuredClone(before) ?? null,
      after: structuredClone(after) ?? null,
    });
  }

  /** Runs `produce` at subscription: a typed error is emitted as the stream's error. */
  #answer<T>(produce: () => T): Observable<T> {
    return defer(() => {
      try {
        return of(produce());
      } catch (error) {
        return throwError(() => error);
      }
    });
  }
}
