/**
 * @cqtt/elements: the plugin's Lit web components. Importing this module registers no tag;
 * each element's `define` module does.
 * @packageDocumentation
 */
export { defineElement } from './base/define-element.js';
export { LocaleController, type LocaleHost } from './controllers/locale-controller.js';
export { ObservableController, type ObservableState } from './controllers/observable-controller.js';
export { SloganTicker } from './slogan-ticker/slogan-ticker.js';
