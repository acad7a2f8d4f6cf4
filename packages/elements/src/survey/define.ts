/**
 * Registers `<cqtt-survey>`. Import this module (or load its browser entry) once per page; a second copy of
 * the plugin on the same page does not throw.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import { CqttSurvey } from './cqtt-survey.js';

defineElement('cqtt-survey', CqttSurvey);

export { CqttSurvey };
export type { SurveyDeliveryOptions } from './outbox/delivery.js';
export type { SurveyDeliveryLease } from './outbox/shared-delivery.js';

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-survey': CqttSurvey;
  }
}
