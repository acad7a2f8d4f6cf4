import type { SchedulerLike } from 'rxjs';
import { asyncScheduler, map, Observable } from 'rxjs';
import type * as v from 'valibot';
import type { AdminAdapter, AuditQuery, RegistrationQuery } from './admin-adapter-types.js';
import { adminEndpoints, adminErrorCodes, etagOf, PreconditionFailedError } from './admin-adapter-types.js';
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
import {
  adminCalendarYearSchema,
  adminMessageListSchema,
  adminMessageSchema,
  agencySettingsSchema,
  auditPageSchema,
  registrationListSchema,
  registrationSchema,
} from './admin-contract.js';
import { parseErrorEnvelope, parseJsonText, validateContract } from './contract.js';
import { expandPath } from './endpoints.js';
import { HttpStatusError, NetworkError, PortalError, TimeoutError } from './errors.js';
import type { FetchLike } from './http-adapter.js';

/** How to reach the administration API. */
export interface HttpAdminAdapterOptions {
  /** Origin and prefix the paths are appended to; '' (default) for same origin. */
  readonly baseUrl?: string;
  /** The admin's token getter, called before every request; its value goes into `Authorization`. */
  readonly authHeader?: () => string | undefined | Promise<string | undefined>;
  readonly fetch?: FetchLike;
  /** Per request, from sending to the parsed body (default 15,000 ms). */
  readonly timeoutMs?: number;
  readonly scheduler?: SchedulerLike;
}

interface Exchange<T> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly schema?: v.GenericSchema<unknown, T>;
  readonly body?: unknown;
  readonly version?: string;
  /** Parses the `current` of a 412. */
  readonly currentSchema?: v.GenericSchema;
}

function search(params: Readonly<Record<string, string | number | undefined>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The `AdminAdapter` over HTTP. Each call is one request (no retries: a console shows the error and its user
 * decides), aborted when unsubscribed, with a timeout. Updates and deletes send `If-Match`; a 412 becomes
 * `PreconditionFailedError` with the server's current version parsed. Every answer is validated against the
 * admin contract.
 */
export class HttpAdminAdapter implements AdminAdapter {
  readonly #baseUrl: string;
  readonly #authHeader: HttpAdminAdapterOptions['authHeader'];
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #scheduler: SchedulerLike;

  constructor(options: HttpAdminAdapterOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.#authHeader = options.authHeader;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#scheduler = options.scheduler ?? asyncScheduler;
  }

  calendar$(year: number): Observable<AdminCalendarYear> {
    return this.#call({ method: 'GET', path: expandPath(adminEndpoints.calendar, { year }), schema: adminCalendarYearSchema });
  }

  publishCalendar(year: number, input: CalendarYearInput, version: string): Observable<AdminCalendarYear> {
    const path = expandPath(adminEndpoints.calendar, { year });
    return this.#call({ method: 'PUT', path, body: input, version, schema: adminCalendarYearSchema, currentSchema: adminCalendarYearSchema });
  }

  unpublishCalendar(year: number, version: string): Observable<AdminCalendarYear> {
    const path = expandPath(adminEndpoints.calendar, { year });
    return this.#call({ method: 'DELETE', path, version, schema: adminCalendarYearSchema, currentSchema: adminCalendarYearSchema });
  }

  registrations$(query: RegistrationQuery = {}): Observable<readonly Registration[]> {
    const path = adminEndpoints.registrations + search({ agencyCode: query.agencyCode, on: query.on });
    return this.#items(this.#call({ method: 'GET', path, schema: registrationListSchema }));
  }

  registration$(id: string): Observable<Registration> {
    return this.#call({ method: 'GET', path: expandPath(adminEndpoints.registration, { id }), schema: registrationSchema });
  }

  createRegistration(input: RegistrationInput): Observable<Registration> {
    return this.#call({ method: 'POST', path: adminEndpoints.registrations, body: input, schema: registrationSchema });
  }

  updateRegistration(id: string, input: RegistrationInput, version: string): Observable<Registration> {
    const path = expandPath(adminEndpoints.registration, { id });
    return this.#call({ method: 'PUT', path, body: input, version, schema: registrationSchema, currentSchema: registrationSchema });
  }

  deleteRegistration(id: string, version: string): Observable<void> {
    return this.#call<void>({ method: 'DELETE', path: expandPath(adminEndpoints.registration, { id }), version, currentSchema: registrationSchema });
  }

  settings$(agencyCode: string): Observable<AgencySettings> {
    return this.#call({ method: 'GET', path: expandPath(adminEndpoints.settings, { code: agencyCode }), schema: agencySettingsSchema });
  }

  saveSettings(agencyCode: string, input: AgencySettingsInput, version: string): Observable<AgencySettings> {
    const path = expandPath(adminEndpoints.settings, { code: agencyCode });
    return this.#call({ method: 'PUT', path, body: input, version, schema: agencySettingsSchema, currentSchema: agencySettingsSchema });
  }

  resetSettings(agencyCode: string, version: string): Observable<AgencySettings> {
    const path = expandPath(adminEndpoints.settings, { code: agencyCode });
    return this.#call({ method: 'DELETE', path, version, schema: agencySettingsSchema, currentSchema: agencySettingsSchema });
  }

  messages$(query: { readonly agencyCode?: string } = {}): Observable<readonly AdminMessage[]> {
    const path = adminEndpoints.messages + search({ agencyCode: query.agencyCode });
    return this.#items(this.#call({ method: 'GET', path, schema: adminMessageListSchema }));
  }

  message$(id: string): Observable<AdminMessage> {
    return this.#call({ method: 'GET', path: expandPath(adminEndpoints.message, { id }), schema: adminMessageSchema });
  }

  createMessage(input: AdminMessageInput): Observable<AdminMessage> {
    return this.#call({ method: 'POST', path: adminEndpoints.messages, body: input, schema: adminMessageSchema });
  }

  updateMessage(id: string, input: AdminMessageInput, version: string): Observable<AdminMessage> {
    const path = expandPath(adminEndpoints.message, { id });
    return this.#call({ method: 'PUT', path, body: input, version, schema: adminMessageSchema, currentSchema: adminMessageSchema });
  }

  deleteMessage(id: string, version: string): Observable<void> {
    return this.#call<void>({ method: 'DELETE', path: expandPath(adminEndpoints.message, { id }), version, currentSchema: adminMessageSchema });
  }

  audit$(query: AuditQuery = {}): Observable<AuditPage> {
    return this.#call({ method: 'GET', path: adminEndpoints.audit + search({ limit: query.limit, before: query.before }), schema: auditPageSchema });
  }

  #items<T>(list: Observable<{ readonly items: readonly T[] }>): Observable<readonly T[]> {
    return list.pipe(map((page) => page.items));
  }

  #call<T>(exchange: Exchange<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      const controller = new AbortController();
      const timeout = this.#scheduler.schedule(() => {
        controller.abort();
        subscriber.error(new TimeoutError(this.#timeoutMs));
      }, this.#timeoutMs);
      this.#exchange(exchange, controller.signal).then(
        (value) => {
          subscriber.next(value);
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => {
        timeout.unsubscribe();
        controller.abort();
      };
    });
  }

  async #exchange<T>(exchange: Exchange<T>, signal: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    let authorization: string | undefined;
    try {
      authorization = await this.#authHeader?.();
    } catch (cause) {
      throw new NetworkError('The console did not give an authorization header.', { cause });
    }
    if (authorization !== undefined) headers['Authorization'] = authorization;
    if (exchange.version !== undefined) headers['If-Match'] = etagOf(exchange.version);
    const init: RequestInit = { method: exchange.method, headers, signal };
    if (exchange.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(exchange.body);
    }
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(this.#baseUrl + exchange.path, init);
      text = await response.text();
    } catch (cause) {
      if (cause instanceof PortalError) throw cause;
      throw new NetworkError(signal.aborted ? 'The request was aborted.' : 'The server could not be reached.', { cause });
    }
    if (!response.ok) throw this.#failure(response.status, text, exchange.currentSchema);
    if (exchange.schema === undefined) return undefined as T;
    return validateContract(exchange.schema, parseJsonText(text));
  }

  #failure(status: number, text: string, currentSchema: v.GenericSchema | undefined): HttpStatusError {
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      json = undefined;
    }
    const body = parseErrorEnvelope(json);
    if (status === 412 && currentSchema !== undefined && (body === undefined || body.code === adminErrorCodes.preconditionFailed)) {
      const current = json !== null && typeof json === 'object' && 'current' in json ? json.current : undefined;
      // A 412 whose `current` breaks the contract is a ContractError: the console must not show a wrong version.
      return new PreconditionFailedError(validateContract(currentSchema, current), body);
    }
    return new HttpStatusError(status, { body });
  }
}
