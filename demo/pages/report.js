// The leaders' monthly briefing: the report for the whole town, the current month by default.
import { registerPlugin, startPortal } from '../lib/plugin.js';

registerPlugin('cqtt-report', /** @type {HTMLElement} */ (document.getElementById('report')), [{ tag: 'cqtt-report' }]);
startPortal();
