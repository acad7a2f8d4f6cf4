import type { Observable } from 'rxjs';
import type { CalendarYear, Instant } from '../calendar/time-types.js';
import type { Agency, Procedure, SameDayRegistration } from '../catalog/model.js';
import type { AgencySettingsView, Dossier, DossierQuery, Message, ReportQuery, ReportRow, SurveyResponse, SurveyStatus } from './model.js';

/** The result of a survey submission the server accepted (or had already accepted). */
export interface SurveyReceipt {
  readonly dossierId: string;
  readonly receivedAt: Instant;
  /** True when the dossier already had an answer (HTTP 409): the vote counts as delivered. */
  readonly duplicate: boolean;
}

/**
 * Everything an element shows or sends passes through this. Elements never call `fetch`.
 * Streams are cold and shared: several subscribers to one resource cause one request.
 */
export interface PortalAdapter {
  readonly procedures$: Observable<readonly Procedure[]>;
  readonly agencies$: Observable<readonly Agency[]>;
  readonly sameDay$: Observable<readonly SameDayRegistration[]>;
  dossier$(id: string): Observable<Dossier>;
  dossiers$(query: DossierQuery): Observable<readonly Dossier[]>;
  calendar$(year: number): Observable<CalendarYear>;
  /**
   * The agency's own office hours, Friday rule and cut-offs, as its administrators set them; the elements keep
   * the catalog's values when a portal has none (this is optional, and a failure is not shown).
   */
  agencySettings$?(agencyCode: string): Observable<AgencySettingsView>;
  /**
   * The server's clock: emits the server's current time (epoch ms) at once and then every second while
   * subscribed, from an offset estimated against the server, never from the PC's clock alone.
   */
  readonly serverTime$: Observable<Instant>;
  readonly messages$: Observable<readonly Message[]>;
  /**
   * Sends a vote under `idempotencyKey`, with the dossier's survey token (from its QR code) when given: a server
   * that requires one refuses a vote without a valid token with 401/403 and a `survey-token-*` code.
   */
  submitSurvey(response: SurveyResponse, idempotencyKey: string, surveyToken?: string): Observable<SurveyReceipt>;
  /** Whether a dossier was answered; a citizen's page passes the dossier's survey token, staff pages need none. */
  surveyStatus$(dossierId: string, surveyToken?: string): Observable<SurveyStatus>;
  report$(query: ReportQuery): Observable<readonly ReportRow[]>;
}
