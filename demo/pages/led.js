// The lobby LED screen: the ticker in LED mode for the agency named by `?agency=` (else the first agency that
// registered same-day procedures), full screen.
import { getJson, showNote } from '../lib/dom.js';
import { registerPlugin, startPortal } from '../lib/plugin.js';

const slot = /** @type {HTMLElement} */ (document.getElementById('led'));
try {
  /** @type {{ code: string, name: string }[]} */
  const agencies = await getJson('/api/v1/agencies');
  /** @type {{ agencyCode: string }[]} */
  const sameDay = await getJson('/api/v1/same-day');
  const wanted = new URLSearchParams(location.search).get('agency');
  const agency = agencies.find((entry) => entry.code === wanted) ?? agencies.find((entry) => sameDay.some((row) => row.agencyCode === entry.code));
  registerPlugin('cqtt-led', slot, [{ tag: 'cqtt-slogan-ticker', properties: { led: true } }], agency ? { agencyCode: agency.code } : {});
} catch (error) {
  showNote(slot, `Không tải được danh sách cơ quan (${/** @type {Error} */ (error).message}).`);
}
startPortal();
