// The leaders' monthly briefing: the report for the whole town, the current month by default, for a signed-in
// user (the demo's, who sees the town and every agency below it).
import { showNote } from '../lib/dom.js';
import { registerPlugin, startPortal } from '../lib/plugin.js';
import { signInDemoStaff } from '../lib/staff-session.js';

const slot = /** @type {HTMLElement} */ (document.getElementById('report'));
try {
  await signInDemoStaff();
  registerPlugin('cqtt-report', slot, [{ tag: 'cqtt-report' }]);
} catch (error) {
  showNote(slot, /** @type {Error} */ (error).message);
}
startPortal();
