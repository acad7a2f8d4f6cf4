import type { SchedulerLike } from 'rxjs';
import { asyncScheduler, catchError, defer, map, Observable, switchMap, throwError, timer } from 'rxjs';
import type { CalendarYear, Instant } from '../calendar/time-types.js';
import type { Agency, Procedure, SameDayRegistration } from '../catalog/model.js';
import type { Locale } from '../i18n/locale.js';
import type { PortalAdapter, SurveyReceipt } from './adapter-types.js';
import type { DossierFormat, DossierMapper } from './dossier-mapper.js';
import type { PortalEndpoints } from './endpoints.js';
import { apiErrorCodes, defaultEndpoints, expandPath, surveyTokenHeader } from './endpoints.js';
import { HttpStatusError, NetworkError, PortalError, TimeoutError } from './errors.js';
import type * as HttpContract from './http-contract.js';
import type { AgencySettingsView, Dossier, DossierQuery, Message, ReportQuery, ReportRow, SurveyResponse, SurveyStatus } from './model.js';
import type { RetryPolicy } from './retry-policy.js';
import { defaultRetryPolicy, parseHttpDate, parseRetryAfter, retryDelayFor } from './retry-policy.js';
import { surveyResponseToWire } from './serialize.js';
import type { ClockSample, ServerClockOptions } from './server-clock.js';
import { createServerClock } from './server-clock.js';
import { revalidated } from './revalidated.js';
import { SharedRequests } from './shared-requests.js';

/** The `fetch` the adapter calls; the platform's by default. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** How to reach a portal over HTTP. */
export interface HttpPortalAdapterOptions {
  /** Origin and prefix the endpoint paths are appended to, e.g. `https://motcua.example.gov.vn`; '' for same origin. */
  readonly baseUrl?: string;
  /** Paths that differ from `defaultEndpoints`. */
  readonly endpoints?: Partial<PortalEndpoints>;
  /**
   * The portal's token getter, called before every request; its value goes into `Authorization` and is never
   * kept. Undefined sends no header.
   */
  readonly authHeader?: () => string | undefined | Promise<string | undefined>;
  readonly fetch?: FetchLike;
  /** Per try, from sending to the parsed body (default 10,000 ms). */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Asks `/messages` for this language (`?lang=`); without it the server's default, Vietnamese. */
  readonly messagesLocale?: Locale;
  /** The dossier JSON the portal speaks (default 'cqtt', ours); `dossierMapper` wins when given. */
  readonly dossierFormat?: DossierFormat;
  readonly dossierMapper?: DossierMapper;
  /** The PC's clock, only ever used with the offset measured against the server (default `Date.now`). */
  readonly localClock?: () => number;
  readonly serverClock?: ServerClockOptions;
  /** For timers (timeouts, backoff, ticks); tests pass a virtual-time scheduler. */
  readonly scheduler?: SchedulerLike;
  /** For the backoff's jitter (default `Math.random`). */
  readonly random?: () => number;
  /**
   * How often the catalog (agencies, procedures, same-day registrations), the messages, a calendar year and an
   * agency's settings are read again while a page shows them, so that an administrator's change reaches open pages
   * (default 60,000 ms, the server's `max-age`; one request for the whole page). They are kept for the page between
   * mounts: a remount within this time reads none of them again.
   */
  readonly revalidateMs?: number;
}

interface RequestSpec<T> {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** Validates the body with the parsers of `contract`. */
  readonly parse: (json: unknown, contract: typeof HttpContract) => T;
  readonly body?: unknown;
  readonly idempotencyKey?: string;
  /** Sent as `X-Survey-Token` for this request only. */
  readonly surveyToken?: string | undefined;
  /** Turns an error status into a success (e.g. 409 for a survey already answered). */
  readonly recover?: (error: HttpStatusError, response: Response) => T | undefined;
  /** `no-cache` for data read again while shown: the browser asks the server (If-None-Match) every time. */
  readonly cache?: RequestCache;
}

function toSearch(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

let contractModule: Promise<typeof HttpContract> | undefined;

/** The body parsers, fetched once, when the first adapter is made; a failed fetch is tried again by the next request. */
function loadContract(): Promise<typeof HttpContract> {
  contractModule ??= import('./http-contract.js').catch((error: unknown) => {
    contractModule = undefined;
    throw error;
  });
  return contractModule;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * The `PortalAdapter` over HTTP. GETs are shared per URL (several subscribers, one request) and aborted when the
 * last subscriber leaves; every try has a timeout; failures are retried with backoff and jitter (the survey POST
 * too, under its idempotency key); every body is validated. Errors are `PortalError`s: `NetworkError`,
 * `TimeoutError`, `HttpStatusError`, `ContractError`.
 */
export class HttpPortalAdapter implements PortalAdapter {
  readonly procedures$: Observable<readonly Procedure[]>;
  readonly agencies$: Observable<readonly Agency[]>;
  readonly sameDay$: Observable<readonly SameDayRegistration[]>;
  readonly messages$: Observable<readonly Message[]>;
  readonly serverTime$: Observable<Instant>;

  readonly #baseUrl: string;
  readonly #endpoints: PortalEndpoints;
  readonly #authHeader: (() => string | undefined | Promise<string | undefined>) | undefined;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #mapper: DossierMapper | undefined;
  readonly #dossierFormat: DossierFormat;
  readonly #localClock: () => number;
  readonly #scheduler: SchedulerLike;
  readonly #random: () => number;
  readonly #shared = new SharedRequests();
  readonly #revalidateMs: number;
  readonly #calendars = new Map<number, Observable<CalendarYear>>();
  readonly #settings = new Map<string, Observable<AgencySettingsView>>();

  constructor(options: HttpPortalAdapterOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.#endpoints = { ...defaultEndpoints, ...options.endpoints };
    this.#authHeader = options.authHeader;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#retry = { ...defaultRetryPolicy, ...options.retry };
    this.#mapper = options.dossierMapper;
    this.#dossierFormat = options.dossierFormat ?? 'cqtt';
    // The one place core may read the PC's clock: the adapter owns the clock, and only uses it with the offset.
    // eslint-disable-next-line no-restricted-properties
    this.#localClock = options.localClock ?? (() => Date.now());
    this.#scheduler = options.scheduler ?? asyncScheduler;
    this.#random = options.random ?? Math.random;
    this.#revalidateMs = options.revalidateMs ?? 60_000;
    loadContract().catch(() => undefined);

    // Kept for the page and read again while shown: a remount costs only the dossier's own requests.
    this.procedures$ = this.#kept(this.#endpoints.procedures, (json, contract) => contract.parseProcedures(json));
    this.agencies$ = this.#kept(this.#endpoints.agencies, (json, contract) => contract.parseAgencies(json));
    this.sameDay$ = this.#kept(this.#endpoints.sameDay, (json, contract) => contract.parseSameDayRegistrations(json));
    this.messages$ = this.#kept(this.#endpoints.messages + toSearch({ lang: options.messagesLocale }), (json, contract) => contract.parseMessages(json));
    this.serverTime$ = createServerClock(this.#clockSample(), this.#localClock, options.serverClock, this.#scheduler);
  }

  dossier$(id: string): Observable<Dossier> {
    return this.#get(expandPath(this.#endpoints.dossier, { id }), (json, contract) => this.#mapperOf(contract).dossier(json));
  }

  dossiers$(query: DossierQuery): Observable<readonly Dossier[]> {
    const search = toSearch({
      agency: query.agencyCode,
      status: query.status && query.status.length > 0 ? query.status.join(',') : undefined,
      from: query.from,
      to: query.to,
      limit: query.limit,
    });
    return this.#get(this.#endpoints.dossiers + search, (json, contract) => this.#mapperOf(contract).dossiers(json));
  }

  /** Read again every `revalidateMs` while subscribed (see `HttpPortalAdapterOptions.revalidateMs`). */
  calendar$(year: number): Observable<CalendarYear> {
    let found = this.#calendars.get(year);
    if (!found) {
      // Each read is a conditional request (ETag): the server's max-age must not hide a change for another minute.
      const read = this.#get(expandPath(this.#endpoints.calendar, { year }), (json, contract) => contract.parseCalendarYear(json), undefined, 'no-cache');
      found = revalidated(() => read, this.#revalidateMs, this.#scheduler);
      this.#calendars.set(year, found);
    }
    return found;
  }

  /** Read again every `revalidateMs` while subscribed, as the calendar is. */
  agencySettings$(agencyCode: string): Observable<AgencySettingsView> {
    let found = this.#settings.get(agencyCode);
    if (!found) {
      const read = this.#get(expandPath(this.#endpoints.agencySettings, { code: agencyCode }), (json, contract) => contract.parseAgencySettings(json), undefined, 'no-cache');
      found = revalidated(() => read, this.#revalidateMs, this.#scheduler);
      this.#settings.set(agencyCode, found);
    }
    return found;
  }

  /** With a survey token, requests are shared only between subscribers that give the same token. */
  surveyStatus$(dossierId: string, surveyToken?: string): Observable<SurveyStatus> {
    return this.#get(expandPath(this.#endpoints.surveyStatus, { dossierId }), (json, contract) => contract.parseSurveyStatus(json), surveyToken);
  }

  report$(query: ReportQuery): Observable<readonly ReportRow[]> {
    const search = toSearch({ from: query.from, to: query.to, agency: query.agencyCode });
    return this.#get(this.#endpoints.reports + search, (json, contract) => contract.parseReportRows(json));
  }

  /**
   * Sends a vote. Retried under `idempotencyKey` (keep the same key for the same vote); a 409 saying the dossier
   * already has an answer (code `already-answered`, or a 409 with no error envelope from a portal that sends none)
   * comes back as `duplicate: true` (the caller checks with `surveyStatus$` which answer the server kept). An
   * answer with a `Retry-After` (a 429, a 503, a 409 for the key still in flight) is not waited out here but handed
   * to the caller, who keeps the wait with the vote. `surveyToken` goes into `X-Survey-Token` and is kept only while the request runs; a
   * refused token is an `HttpStatusError` (401/403) whose `body.code` is a `survey-token-*` code, never retried.
   */
  submitSurvey(response: SurveyResponse, idempotencyKey: string, surveyToken?: string): Observable<SurveyReceipt> {
    return this.#request({
      method: 'POST',
      url: this.#url(this.#endpoints.surveys),
      body: surveyResponseToWire(response),
      idempotencyKey,
      surveyToken,
      parse: (json, contract) => contract.parseSurveyReceipt(json),
      recover: (error, httpResponse) =>
        error.status === 409 && (error.body === undefined || error.body.code === apiErrorCodes.alreadyAnswered)
          ? {
              dossierId: response.dossierId,
              receivedAt: parseHttpDate(httpResponse.headers.get('Date')) ?? this.#localClock(),
              duplicate: true,
            }
          : undefined,
    });
  }

  #mapperOf(contract: typeof HttpContract): DossierMapper {
    return this.#mapper ?? contract.dossierMapperFor(this.#dossierFormat);
  }

  #url(path: string): string {
    return this.#baseUrl + path;
  }

  /** Kept for the page and read again while shown, each time a conditional request (`no-cache`, If-None-Match). */
  #kept<T>(path: string, parse: RequestSpec<T>['parse']): Observable<T> {
    const read = this.#get(path, parse, undefined, 'no-cache');
    return revalidated(() => read, this.#revalidateMs, this.#scheduler);
  }

  #get<T>(path: string, parse: RequestSpec<T>['parse'], surveyToken?: string, cache?: RequestCache): Observable<T> {
    const url = this.#url(path);
    // A line break cannot occur in a URL or a header value: the two parts of the key never run together.
    const key = surveyToken === undefined ? url : `${url}\n${surveyToken}`;
    return defer(() => this.#shared.get(key, () => this.#request({ method: 'GET', url, parse, surveyToken, ...(cache ? { cache } : {}) })));
  }

  #clockSample(): Observable<ClockSample> {
    const url = this.#url(this.#endpoints.time);
    return defer(() => {
      const sentAt = this.#localClock();
      return this.#request({ method: 'GET', url, parse: (json, contract) => contract.parseServerTime(json) }).pipe(
        map(({ epochMs }) => ({ sentAt, receivedAt: this.#localClock(), serverEpochMs: epochMs })),
      );
    });
  }

  /** Tries until one succeeds or `retryDelayFor` says the error is final; each retry waits out its delay first. */
  #request<T>(spec: RequestSpec<T>, retryIndex = 0): Observable<T> {
    return this.#attempt(spec).pipe(
      catchError((error: unknown) => {
        // A vote's `Retry-After` goes to its sender, who keeps it with the vote (the survey's outbox): waited out here,
        // in memory only, a reload meanwhile would send the vote again at once.
        if (spec.idempotencyKey !== undefined && error instanceof HttpStatusError && error.retryAfterMs !== undefined) return throwError(() => error);
        const wait = retryDelayFor(error, retryIndex, this.#retry, this.#random);
        if (wait === undefined) return throwError(() => error);
        return timer(wait, this.#scheduler).pipe(switchMap(() => this.#request(spec, retryIndex + 1)));
      }),
    );
  }

  /** One try: aborted when its subscriber leaves, and a `TimeoutError` when no parsed body came within the timeout. */
  #attempt<T>(spec: RequestSpec<T>): Observable<T> {
    const timeoutMs = this.#timeoutMs;
    return new Observable<T>((subscriber) => {
      const controller = new AbortController();
      const timeout = this.#scheduler.schedule(() => subscriber.error(new TimeoutError(timeoutMs)), timeoutMs);
      this.#exchange(spec, controller.signal).then(
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

  async #exchange<T>(spec: RequestSpec<T>, signal: AbortSignal): Promise<T> {
    // Fetched while the request is under way; a chunk that cannot load is a network failure, retried like one.
    const contractLoad = loadContract();
    contractLoad.catch(() => undefined);
    const headers: Record<string, string> = { Accept: 'application/json' };
    let authorization: string | undefined;
    try {
      authorization = await this.#authHeader?.();
    } catch (cause) {
      throw new NetworkError('The portal did not give an authorization header.', { cause });
    }
    if (authorization !== undefined) headers['Authorization'] = authorization;
    if (spec.idempotencyKey !== undefined) headers['Idempotency-Key'] = spec.idempotencyKey;
    if (spec.surveyToken !== undefined) headers[surveyTokenHeader] = spec.surveyToken;
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method: spec.method, headers, signal, ...(spec.cache ? { cache: spec.cache } : {}) };
    if (spec.body !== undefined) init.body = JSON.stringify(spec.body);

    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(spec.url, init);
      text = await response.text();
    } catch (cause) {
      if (cause instanceof PortalError) throw cause;
      throw new NetworkError(isAbort(cause) ? 'The request was aborted.' : 'The portal could not be reached.', { cause });
    }
    let contract: typeof HttpContract;
    try {
      contract = await contractLoad;
    } catch (cause) {
      throw new NetworkError('The response could not be checked: its validation code did not load.', { cause });
    }
    if (!response.ok) {
      const error = new HttpStatusError(response.status, {
        // An HTTP-date Retry-After is measured against the server's own Date header: the PC's clock may be wrong.
        retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), parseHttpDate(response.headers.get('Date')) ?? this.#localClock()),
        body: contract.parseErrorEnvelope(safeJson(text)),
      });
      const recovered = spec.recover?.(error, response);
      if (recovered !== undefined) return recovered;
      throw error;
    }
    return spec.parse(contract.parseJsonText(text), contract);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
