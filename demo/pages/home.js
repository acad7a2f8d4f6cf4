// The portal's start page: the server's clock in Vietnam time, whether the plugin module loads on a page with
// no import map (the self-contained flavour), and the staff banner ticker through single-spa (the shared flavour).
import { formatDate, formatDateTime, getJson, showNote } from '../lib/dom.js';

async function showServerTime() {
  const target = /** @type {HTMLElement} */ (document.getElementById('server-time'));
  try {
    const { epochMs } = await getJson('/api/v1/time');
    // `?now=` (the demo clock) names the time every page runs at; the rest of the page works without the import map.
    const { demoNowFrom } = await import('../lib/demo-clock.js').catch(() => ({ demoNowFrom: () => undefined }));
    const now = demoNowFrom(location.search) ?? epochMs;
    target.textContent = `${formatDate(now)}, ${formatDateTime(now).split(' ')[0]}${now === epochMs ? '' : ' (đồng hồ demo)'}`;
  } catch (error) {
    target.textContent = `Không lấy được giờ máy chủ / Cannot reach the server (${/** @type {Error} */ (error).message}).`;
  }
}

async function showModule() {
  const target = /** @type {HTMLElement} */ (document.getElementById('module-status'));
  try {
    const module = await import('/cqtt/self-contained/cqtt.js');
    target.textContent = typeof module.mount === 'function' ? 'Đã tải (bản độc lập và bản dùng chung)' : 'Mô-đun không đúng định dạng';
  } catch (error) {
    target.textContent = `Không tải được mô-đun / Module failed to load (${/** @type {Error} */ (error).message}).`;
  }
}

/** The banner through single-spa and the import map; the rest of the page works without them. */
async function showBanner() {
  const banner = /** @type {HTMLElement} */ (document.getElementById('banner'));
  try {
    const { registerPlugin, startPortal } = await import('../lib/plugin.js');
    registerPlugin('cqtt-banner', banner, [{ tag: 'cqtt-slogan-ticker' }]);
    startPortal();
  } catch (error) {
    showNote(banner, `Không tải được single-spa hoặc bản đồ import (import map) (${/** @type {Error} */ (error).message}).`);
  }
}

void showServerTime();
void showModule();
void showBanner();
