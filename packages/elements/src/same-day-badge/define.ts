/**
 * Registers `<cqtt-same-day-badge>`. Import this module (or load its browser entry) once per page; a second
 * copy of the plugin on the same page does not throw.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import { SameDayBadge } from './same-day-badge.js';

defineElement('cqtt-same-day-badge', SameDayBadge);

export { SameDayBadge };

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-same-day-badge': SameDayBadge;
  }
}
