/**
 * @cqtt/elements: the plugin's Lit web components. Importing this module registers no tag;
 * each element's `define` module does.
 * @packageDocumentation
 */
export { defineElement } from './base/define-element.js';
export { LocalizedElement } from './base/localized-element.js';
export { type AnyMessageCatalog, LocaleController, type LocaleHost } from './controllers/locale-controller.js';
export { StreamController, type StreamOptions, type StreamState } from './controllers/stream-controller.js';
export * from './events/index.js';
export { SloganTicker } from './slogan-ticker/slogan-ticker.js';
export { CqttSurvey } from './survey/cqtt-survey.js';
export { startSurveyDelivery } from './survey/outbox/shared-delivery.js';
export { SameDayBadge } from './same-day-badge/same-day-badge.js';
export { FridayWarning } from './friday-warning/friday-warning.js';
export { InvalidInstantInputError } from './friday-warning/instant-input.js';
export { ClosingReminder } from './closing-reminder/closing-reminder.js';
export { ApologySlip } from './apology-slip/apology-slip.js';
export { CqttReport } from './report/report.js';
