/** The package's events: each detail type, and each event in `HTMLElementEventMap`. */
export type { AppointmentCheckDetail } from './appointment-check.js';
export type { ApologySlipData, ApologySlipDetail } from './apology-slip.js';
export type { CloseDossierDetail } from './close-dossier.js';
export type { ReportExportDetail } from './report-export.js';
export type { SurveyDeliveredDetail, SurveyResetDetail, SurveySubmitDetail } from './survey.js';
export type { TickerPauseChangeDetail } from './ticker-pause-change.js';
export type { CqttEventDetail, CqttEventType } from './event-types.js';
