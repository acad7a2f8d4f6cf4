/**
 * Registers `<cqtt-apology-slip>`. Import this module (or load its browser entry) once per page; a second
 * copy of the plugin on the same page does not throw.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import { ApologySlip } from './apology-slip.js';

defineElement('cqtt-apology-slip', ApologySlip);

export { ApologySlip };

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-apology-slip': ApologySlip;
  }
}
