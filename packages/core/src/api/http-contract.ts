/**
 * What the HTTP adapter validates response bodies with (valibot and every schema). `HttpPortalAdapter` imports it
 * with its first request rather than with the page: nothing needs it before a response arrives, and a page's
 * elements render their loading state without it.
 */
export {
  parseAgencySettings,
  parseCalendarYear,
  parseErrorEnvelope,
  parseJsonText,
  parseMessages,
  parseReportRows,
  parseServerTime,
  parseSurveyReceipt,
  parseSurveyStatus,
} from './contract.js';
export { parseAgencies, parseProcedures, parseSameDayRegistrations } from './catalog-contract.js';
export { dossierMapperFor } from './dossier-mapper.js';
