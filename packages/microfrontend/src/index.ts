/**
 * @cqtt/microfrontend: the plugin as a single-spa application and parcels (and the in-browser module's entry).
 * @packageDocumentation
 */
import { registerBuiltinElements } from './builtin-elements.js';

export { bootstrap, mount, unmount, update } from './lifecycles.js';
export type { ApiConfig, CqttProps, ElementSpec, SharedProps } from './props.js';
export { CqttPropsError } from './props-error.js';
export { sharedAdapter } from './shared-adapter.js';
export { createParcel, parcels, type ElementParcel, type ElementParcelProps } from './parcels.js';
export { registerElementLoader, loadElement, isElementAvailable, UnknownElementError, type ElementLoader } from './element-loaders.js';
export { registerBuiltinElements };

registerBuiltinElements();
