export type * from './model.js';
export type { PortalAdapter, SurveyReceipt } from './adapter-types.js';
export {
  type PortalErrorCode,
  type ApiErrorBody,
  type ApiFieldError,
  PortalError,
  NetworkError,
  TimeoutError,
  HttpStatusError,
  ContractError,
} from './errors.js';
export {
  type PortalErrorMessage,
  portalErrorMessages,
  portalErrorMessage,
  portalErrorMessageOf,
  surveyTokenErrorMessages,
  lazyPortalErrorMessages,
  lazySurveyTokenErrorMessages,
} from './error-messages.js';
export { maxCommentLength, vietnamesePhonePattern } from './survey-limits.js';
export {
  dossierStatuses,
  messageKinds,
  wireYears,
  isWithinWireYears,
  idSchema,
  instantSchema,
  optionalInstantSchema,
  localDateSchema,
  dossierStatusSchema,
  dossierSchema,
  agencySettingsViewSchema,
  calendarYearSchema,
  messageSchema,
  satisfactionLevelSchema,
  phoneSchema,
  surveyResponseSchema,
  surveyStatusSchema,
  surveyReceiptSchema,
  compactJwsSchema,
  surveyTokenGrantSchema,
  serverTimeSchema,
  reportRowSchema,
  errorEnvelopeSchema,
} from './schemas.js';
export {
  formatContractPath,
  validateContract,
  parseJsonText,
  parseDossier,
  parseDossiers,
  parseAgencySettings,
  parseCalendarYear,
  parseMessage,
  parseMessages,
  parseSurveyResponse,
  parseSurveyStatus,
  parseSurveyReceipt,
  parseSurveyTokenGrant,
  parseServerTime,
  parseReportRows,
  parseErrorEnvelope,
} from './contract.js';
export { parseAgencies, parseProcedures, parseSameDayRegistrations } from './catalog-contract.js';
export {
  type DossierWire,
  type SurveyResponseWire,
  type SurveyStatusWire,
  type SurveyReceiptWire,
  type SurveyTokenGrantWire,
  type ErrorEnvelopeWire,
  dossierToWire,
  surveyResponseToWire,
  surveyStatusToWire,
  surveyReceiptToWire,
  surveyTokenGrantToWire,
  errorEnvelope,
} from './serialize.js';
export { parseOffsetDateTime, formatVietnamDateTime } from './wire-time.js';
export {
  type PortalEndpoints,
  type SurveyTokenErrorCode,
  defaultEndpoints,
  apiErrorCodes,
  surveyTokenHeader,
  isSurveyTokenErrorCode,
  expandPath,
} from './endpoints.js';
export { type JsonValue, openApiDocument } from './openapi.js';
export {
  nationalDossierSchema,
  parseNationalDateTime,
  nationalStatusOf,
  type NationalStatusTable,
  type NationalMapperOptions,
  mapNationalDossier,
  mapNationalDossiers,
  nationalPortalMapper,
} from './national.js';
export { type DossierMapper, type DossierFormat, cqttDossierMapper, NationalPortalMapper, dossierMapperFor } from './dossier-mapper.js';
export { type RetryPolicy, defaultRetryPolicy, backoffDelay, parseRetryAfter, parseHttpDate, retryDelayFor } from './retry-policy.js';
export { type ClockSample, type ClockOffset, type ServerClockOptions, estimateOffset, createServerClock } from './server-clock.js';
export { SharedRequests } from './shared-requests.js';
export { type FetchLike, type HttpPortalAdapterOptions, HttpPortalAdapter } from './http-adapter.js';
export {
  type StoredSurvey,
  type MemoryPortalData,
  type MemoryPortalAdapterOptions,
  MemoryPortalAdapter,
} from './memory-adapter.js';
