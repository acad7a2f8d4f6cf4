/**
 * @cqtt/microfrontend: the plugin as a single-spa application (and the in-browser module's entry).
 * @packageDocumentation
 */
export { bootstrap, mount, unmount, update, type CqttProps, type ElementSpec } from './lifecycles.js';
export { registerElementLoader, loadElement, UnknownElementError, type ElementLoader } from './element-loaders.js';
