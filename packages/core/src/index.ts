/**
 * @cqtt/core: the domain of the "Chính quyền thân thiện" plugin. No DOM, no Lit; runs in Node and in the browser.
 * @packageDocumentation
 */
export * from './i18n/index.js';
