/**
 * Registers `<cqtt-friday-warning>`. Import this module (or load its browser entry) once per page; a second
 * copy of the plugin on the same page does not throw.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import { FridayWarning } from './friday-warning.js';

defineElement('cqtt-friday-warning', FridayWarning);

export { FridayWarning };

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-friday-warning': FridayWarning;
  }
}
