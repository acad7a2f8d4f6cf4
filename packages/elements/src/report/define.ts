/**
 * Registers `<cqtt-report>`. Import this module (or load its browser entry) once per page; a second copy of the
 * plugin on the same page does not throw.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import { CqttReport } from './report.js';

defineElement('cqtt-report', CqttReport);

export { CqttReport };

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-report': CqttReport;
  }
}
