/**
 * @cqtt/core: the domain of the "Chính quyền thân thiện" plugin. No DOM, no Lit; runs in Node and in the browser.
 * @packageDocumentation
 */
export * from './i18n/index.js';
export * from './plan/principles.js';
export * from './plan/slogan-messages.js';
export * from './plan/default-slogans.js';
export * from './calendar/index.js';
export * from './catalog/index.js';
export * from './rules/index.js';
export * from './api/index.js';
