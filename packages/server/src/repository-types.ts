import type {
  Agency,
  Catalog,
  Dossier,
  DossierQuery,
  DossierStatus,
  Instant,
  LocalDate,
  Message,
  MessageKind,
  Procedure,
  ReportQuery,
  ReportRow,
  SameDayRegistration,
  SurveyResponse,
  SurveyStatus,
} from '@cqtt/core';
import type { MessageScreen } from '@cqtt/core/admin';
import type { AdminRepository } from './admin-repository-types.js';

/** A ticker line as stored: both languages, served in the one the client asks for. */
export interface StoredMessage {
  readonly id: string;
  readonly kind: MessageKind;
  readonly vi: string;
  readonly en: string;
  readonly href?: string;
}

/** What the store says about an idempotency key the server wants to use for a new request. */
export type IdempotencyClaim =
  /** The key is new (or its earlier request was abandoned): this request owns it now. */
  | { readonly kind: 'claimed' }
  /** The key already has a stored answer to the same request: send it again. */
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  /** The key was used for a different request. */
  | { readonly kind: 'mismatch' }
  /** The same request with this key is still being processed. */
  | { readonly kind: 'in-flight' };

/** An HTTP answer kept with its idempotency key, so a retry gets exactly the same one. */
export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
}

/** What happened when a survey answer was offered to the store. */
export type SurveyOutcome =
  | { readonly kind: 'created'; readonly receivedAt: Instant }
  | { readonly kind: 'dossier-not-found' }
  | { readonly kind: 'no-result'; readonly status: DossierStatus }
  | { readonly kind: 'exists'; readonly existing: SurveyStatus };

/**
 * The storage the server needs, and nothing more. The reference implementation is `SqlRepository`, on PGlite or a
 * PostgreSQL server; another database plugs in by implementing this interface.
 *
 * Contract an implementation must keep:
 * - `claimIdempotencyKey` is atomic: of two concurrent claims of one new key exactly one gets `claimed`.
 * - `recordSurvey` stores the survey (at most one per dossier) and the response under the key in one transaction.
 * - `report` counts by calendar date in Vietnam (UTC+7) with the definitions of `@cqtt/core`'s report rules
 *   (see `db/report-sql.ts`).
 */
export interface Repository {
  /** The office's own data that administrators edit (calendar years, registrations, settings, messages, audit). */
  readonly admin: AdminRepository;
  /** Whether each part of the data is empty, so seeding can fill only what is missing. */
  emptiness(): Promise<{ readonly catalog: boolean; readonly dossiers: boolean; readonly messages: boolean }>;
  saveCatalog(catalog: Catalog): Promise<void>;
  agencies(): Promise<Agency[]>;
  procedures(): Promise<Procedure[]>;
  /** The same-day registrations valid on `on` (a Vietnam date). */
  sameDay(on: LocalDate): Promise<SameDayRegistration[]>;
  hasAgency(code: string): Promise<boolean>;
  saveDossiers(dossiers: readonly Dossier[]): Promise<void>;
  /** Stores answers as received when they were cast (demo seeding); a dossier that already has one keeps it. */
  saveSurveys(surveys: readonly SurveyResponse[]): Promise<void>;
  dossier(id: string): Promise<Dossier | undefined>;
  /** When the most recent dossier was received; undefined when there is none. */
  latestReceipt(): Promise<Instant | undefined>;
  /** The dossiers matching `query`, only of the agencies listed in `agencyCodes` when it is given. */
  dossiers(query: DossierQuery, agencyCodes?: readonly string[]): Promise<Dossier[]>;
  saveMessages(messages: readonly StoredMessage[]): Promise<void>;
  /** The messages active on `on` (a Vietnam date), of every screen or of `screen` only. */
  messages(locale: 'vi' | 'en', on: LocalDate, screen?: MessageScreen): Promise<Message[]>;
  removeMessage(id: string): Promise<void>;
  /** The survey state of a dossier; undefined when the dossier is unknown. */
  surveyStatus(dossierId: string): Promise<SurveyStatus | undefined>;
  /** The phone number a citizen left for a call-back with their consent, until the retention job deletes it. */
  callbackPhone(dossierId: string): Promise<string | undefined>;
  /** Counts the stored surveys (all dossiers). */
  surveyCount(): Promise<number>;
  /**
   * Claims `key` for a request whose body hashes to `requestHash`. A pending claim older than `staleAfterMs`
   * is taken to be abandoned (its process died) and may be claimed again by the same request.
   */
  claimIdempotencyKey(key: string, requestHash: string, now: Instant, staleAfterMs: number): Promise<IdempotencyClaim>;
  /** Forgets the answered keys created before `before`; returns how many. */
  purgeIdempotencyKeys(before: Instant): Promise<number>;
  /** Forgets a claimed key whose request failed before it had an answer, so a retry can proceed. */
  releaseIdempotencyKey(key: string): Promise<void>;
  /**
   * In one transaction: offers the survey, turns the outcome into a response with `respond`, and stores that
   * response under the claimed `key`.
   */
  recordSurvey(
    key: string,
    survey: SurveyResponse,
    now: Instant,
    respond: (outcome: SurveyOutcome) => StoredResponse,
  ): Promise<StoredResponse>;
  /** The report's rows; `now` decides which finished dossiers have waited too long to be closed. */
  report(query: ReportQuery, now: Instant): Promise<ReportRow[]>;
  close(): Promise<void>;
}
