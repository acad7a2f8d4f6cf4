/**
 * Registers `<cqtt-slogan-ticker>`. Import this module (or load its browser entry) once per page; a second
 * copy of the plugin on the same page does not throw.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import { SloganTicker } from './slogan-ticker.js';

defineElement('cqtt-slogan-ticker', SloganTicker);

export { SloganTicker };

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-slogan-ticker': SloganTicker;
  }
}
