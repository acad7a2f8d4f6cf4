/**
 * Registers `<cqtt-closing-reminder>`. Import this module (or load its browser entry) once per page; a second
 * copy of the plugin on the same page does not throw.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import { ClosingReminder } from './closing-reminder.js';

defineElement('cqtt-closing-reminder', ClosingReminder);

export { ClosingReminder };

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-closing-reminder': ClosingReminder;
  }
}
