import { registerElementLoader } from './element-loaders.js';

/**
 * Registers the loaders of the plugin's own elements, each loaded in its own chunk the first time a page
 * uses its tag. Called once when this package loads; calling it again is harmless.
 */
export function registerBuiltinElements(): void {
  registerElementLoader('cqtt-slogan-ticker', () => import('@cqtt/elements/slogan-ticker/define'));
  registerElementLoader('cqtt-survey', () => import('@cqtt/elements/survey/define'));
  registerElementLoader('cqtt-same-day-badge', () => import('@cqtt/elements/same-day-badge/define'));
  registerElementLoader('cqtt-friday-warning', () => import('@cqtt/elements/friday-warning/define'));
  registerElementLoader('cqtt-closing-reminder', () => import('@cqtt/elements/closing-reminder/define'));
  registerElementLoader('cqtt-apology-slip', () => import('@cqtt/elements/apology-slip/define'));
  registerElementLoader('cqtt-report', () => import('@cqtt/elements/report/define'));
}
