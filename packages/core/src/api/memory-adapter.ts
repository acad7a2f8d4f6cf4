import type { Observable, SchedulerLike } from 'rxjs';
import { asyncScheduler, defer, map, of, throwError, timer } from 'rxjs';
import type { CalendarYear, Instant } from '../calendar/time-types.js';
import { vietnamDateOf } from '../calendar/vietnam-time.js';
import type { Agency, Catalog, Procedure, SameDayRegistration } from '../catalog/model.js';
import type { PortalAdapter, SurveyReceipt } from './adapter-types.js';
import { parseSurveyResponse } from './contract.js';
import { apiErrorCodes } from './endpoints.js';
import { ContractError, HttpStatusError, NetworkError } from './errors.js';
import type { AgencySettingsView, Dossier, DossierQuery, Message, ReportQuery, ReportRow, SurveyResponse, SurveyStatus } from './model.js';
import { surveyResponseToWire } from './serialize.js';
import type { ServerClockOptions } from './server-clock.js';
import { createServerClock } from './server-clock.js';

/** A survey the memory portal holds: the answer and when the "server" took it. */
export interface StoredSurvey {
  readonly response: SurveyResponse;
  readonly receivedAt: Instant;
}

/** What the memory portal serves. */
export interface MemoryPortalData {
  readonly catalog?: Catalog;
  readonly dossiers?: readonly Dossier[];
  readonly messages?: readonly Message[];
  readonly calendarYears?: readonly CalendarYear[];
  /** The agencies' own settings; an agency without any answers 404, as a portal without the endpoint would. */
  readonly agencySettings?: readonly AgencySettingsView[];
  /** Answers already given (received when they were voted). */
  readonly surveys?: readonly SurveyResponse[];
  /** Computes the briefing's rows (the rules' report function); without it `report$` gives no rows. */
  readonly report?: (query: ReportQuery, data: { readonly dossiers: readonly Dossier[]; readonly surveys: readonly StoredSurvey[] }) => readonly ReportRow[];
}

/** Knobs for tests and the offline demo. */
export interface MemoryPortalAdapterOptions {
  /** Delay of every answer (default 0: answers arrive synchronously). */
  readonly latencyMs?: number;
  /** Chance (0-1) that a request fails with `NetworkError`. */
  readonly failureRate?: number;
  /** For `failureRate` (default `Math.random`). */
  readonly random?: () => number;
  /** Every request fails with `NetworkError`, as when the portal is unreachable. */
  readonly offline?: boolean;
  /** The "server's" clock, for `serverTime$` and receipts. Required: core never reads the clock itself. */
  readonly clock: () => number;
  readonly serverClock?: ServerClockOptions;
  readonly scheduler?: SchedulerLike;
}

const finished: ReadonlySet<Dossier['status']> = new Set(['resolved', 'returned']);

function failure(status: number, code: string, message: string, fields?: readonly { path: string; message: string }[]): HttpStatusError {
  return new HttpStatusError(status, { body: { code, message, ...(fields ? { fields } : {}) } });
}

/**
 * A `PortalAdapter` over data in memory, with the reference server's semantics: one survey per dossier, only for
 * a resolved or returned dossier, idempotent by key (the same key and body get the same receipt; the same key
 * with another body is refused); errors are the same typed errors. `latencyMs`, `failureRate` and `offline`
 * can be changed at any time. It has no access control: survey tokens are accepted and ignored, and every dossier
 * and report is served to anyone.
 */
export class MemoryPortalAdapter implements PortalAdapter {
  latencyMs: number;
  failureRate: number;
  offline: boolean;

  readonly procedures$: Observable<readonly Procedure[]>;
  readonly agencies$: Observable<readonly Agency[]>;
  readonly sameDay$: Observable<readonly SameDayRegistration[]>;
  readonly messages$: Observable<readonly Message[]>;
  readonly serverTime$: Observable<Instant>;

  readonly #data: MemoryPortalData;
  readonly #dossiers: ReadonlyMap<string, Dossier>;
  readonly #surveys = new Map<string, StoredSurvey>();
  readonly #receipts = new Map<string, { readonly body: string; readonly receipt: SurveyReceipt }>();
  readonly #random: () => number;
  readonly #clock: () => number;
  readonly #scheduler: SchedulerLike;

  constructor(data: MemoryPortalData, options: MemoryPortalAdapterOptions) {
    this.#data = data;
    this.#dossiers = new Map((data.dossiers ?? []).map((dossier) => [dossier.id, dossier]));
    for (const response of data.surveys ?? []) this.#surveys.set(response.dossierId, { response, receivedAt: response.votedAt });
    this.latencyMs = options.latencyMs ?? 0;
    this.failureRate = options.failureRate ?? 0;
    this.offline = options.offline ?? false;
    this.#random = options.random ?? Math.random;
    this.#clock = options.clock;
    this.#scheduler = options.scheduler ?? asyncScheduler;

    this.procedures$ = this.#respond(() => data.catalog?.procedures ?? []);
    this.agencies$ = this.#respond(() => data.catalog?.agencies ?? []);
    this.sameDay$ = this.#respond(() => data.catalog?.sameDay ?? []);
    this.messages$ = this.#respond(() => data.messages ?? []);
    const sample = defer(() => {
      const sentAt = this.#clock();
      return this.#respond(() => this.#clock()).pipe(map((serverEpochMs) => ({ sentAt, receivedAt: this.#clock(), serverEpochMs })));
    });
    this.serverTime$ = createServerClock(sample, this.#clock, options.serverClock, this.#scheduler);
  }

  dossier$(id: string): Observable<Dossier> {
    return this.#respond(() => this.#dossiers.get(id) ?? this.#notFound(`No dossier ${id}.`));
  }

  dossiers$(query: DossierQuery): Observable<readonly Dossier[]> {
    return this.#respond(() => {
      const matching = [...this.#dossiers.values()].filter((dossier) => {
        const received = vietnamDateOf(dossier.receivedAt);
        return (
          (query.agencyCode === undefined || dossier.agencyCode === query.agencyCode) &&
          (query.status === undefined || query.status.length === 0 || query.status.includes(dossier.status)) &&
          (query.from === undefined || received >= query.from) &&
          (query.to === undefined || received <= query.to)
        );
      });
      return query.limit === undefined ? matching : matching.slice(0, query.limit);
    });
  }

  calendar$(year: number): Observable<CalendarYear> {
    return this.#respond(() => this.#data.calendarYears?.find((entry) => entry.year === year) ?? this.#notFound(`No calendar data for ${year}.`));
  }

  agencySettings$(agencyCode: string): Observable<AgencySettingsView> {
    return this.#respond(() => this.#data.agencySettings?.find((entry) => entry.agencyCode === agencyCode) ?? this.#notFound(`No settings for ${agencyCode}.`));
  }

  /** The survey token is accepted for compatibility and not checked (no access control). */
  surveyStatus$(dossierId: string, _surveyToken?: string): Observable<SurveyStatus> {
    return this.#respond(() => {
      if (!this.#dossiers.has(dossierId)) this.#notFound(`No dossier ${dossierId}.`);
      const stored = this.#surveys.get(dossierId);
      return stored
        ? { dossierId, answered: true, level: stored.response.level, answeredAt: stored.receivedAt }
        : { dossierId, answered: false };
    });
  }

  report$(query: ReportQuery): Observable<readonly ReportRow[]> {
    return this.#respond(() => this.#data.report?.(query, { dossiers: [...this.#dossiers.values()], surveys: [...this.#surveys.values()] }) ?? []);
  }

  /** The survey token is accepted for compatibility and not checked (no access control). */
  submitSurvey(response: SurveyResponse, idempotencyKey: string, _surveyToken?: string): Observable<SurveyReceipt> {
    return this.#respond(() => this.#acceptSurvey(response, idempotencyKey));
  }

  #acceptSurvey(response: SurveyResponse, idempotencyKey: string): SurveyReceipt {
    let valid: SurveyResponse;
    try {
      valid = parseSurveyResponse(surveyResponseToWire(response));
    } catch (error) {
      if (!(error instanceof ContractError)) throw error;
      throw failure(400, apiErrorCodes.invalidRequest, 'The survey answer breaks the contract.', [{ path: error.path, message: error.message }]);
    }
    const body = JSON.stringify(surveyResponseToWire(valid));
    const earlier = this.#receipts.get(idempotencyKey);
    if (earlier) {
      if (earlier.body !== body) throw failure(422, apiErrorCodes.idempotencyKeyReused, 'This idempotency key was used for another answer.');
      return earlier.receipt;
    }
    const dossier = this.#dossiers.get(valid.dossierId) ?? this.#notFound(`No dossier ${valid.dossierId}.`);
    const receivedAt = this.#clock();
    if (this.#surveys.has(dossier.id)) return { dossierId: dossier.id, receivedAt, duplicate: true };
    if (!finished.has(dossier.status)) {
      throw failure(422, apiErrorCodes.dossierNotFinished, 'Only a resolved or returned dossier can be surveyed.');
    }
    const receipt: SurveyReceipt = { dossierId: dossier.id, receivedAt, duplicate: false };
    this.#surveys.set(dossier.id, { response: valid, receivedAt });
    this.#receipts.set(idempotencyKey, { body, receipt });
    return receipt;
  }

  #notFound(message: string): never {
    throw failure(404, apiErrorCodes.notFound, message);
  }

  /** Applies the knobs, then answers with `produce()` (which may throw a typed error) when the latency is over. */
  #respond<T>(produce: () => T): Observable<T> {
    return defer(() => {
      if (this.offline) return throwError(() => new NetworkError('The portal is offline.'));
      if (this.failureRate > 0 && this.#random() < this.failureRate) {
        return throwError(() => new NetworkError('The connection failed (simulated).'));
      }
      const delivered = this.latencyMs > 0 ? timer(this.latencyMs, this.#scheduler) : of(0);
      return delivered.pipe(map(produce));
    });
  }
}
