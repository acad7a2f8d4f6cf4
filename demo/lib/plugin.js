// The demo's single-spa root config helpers: the plugin's application and parcels, placed into the portal's
// pages through the import map (`@cqtt/microfrontend` is the shared flavour, lit/rxjs/single-spa from /cqtt/vendor).
import { addErrorHandler, mountRootParcel, registerApplication, start } from 'single-spa';
import { createParcel, isElementAvailable, sharedAdapter } from '@cqtt/microfrontend';
import { withDemoCloses } from './demo-closes.js';
import { demoNowFrom, withDemoClock } from './demo-clock.js';
import { h, showNote } from './dom.js';
import { staffAuthorization } from './staff-session.js';

/** @type {Readonly<Record<string, string>>} */
const elementNames = {
  'cqtt-slogan-ticker': 'băng chữ “4 xin, 4 luôn, 5 không”',
  'cqtt-survey': 'phiếu đánh giá mức độ hài lòng',
  'cqtt-same-day-badge': 'nhãn “giải quyết trong ngày”',
  'cqtt-friday-warning': 'cảnh báo “thứ Sáu không hẹn qua tuần”',
  'cqtt-closing-reminder': 'nhắc “kết thúc hồ sơ”',
  'cqtt-apology-slip': 'văn bản xin lỗi và đề nghị gia hạn',
};

/**
 * The note shown where an element would be when this build does not have it.
 * @param {string} tag
 */
export function unavailableNote(tag) {
  return `Tiện ích ${elementNames[tag] ?? tag} (<${tag}>) chưa có trong bản dựng này; phần còn lại của trang vẫn dùng bình thường.`;
}

/**
 * The note shown where an element failed to load (its file unreachable, say).
 * @param {string} tag
 * @param {Error} error
 */
function failedNote(tag, error) {
  return `Không tải được tiện ích ${elementNames[tag] ?? tag}; phần còn lại của trang vẫn dùng bình thường. (${error.message})`;
}

/** @type {import('@cqtt/core').PortalAdapter | undefined} */
let adapter;

/**
 * The page's adapter: the plugin's shared HTTP adapter for this server, sending the signed-in staff user's token
 * (none on the citizens' pages), behind the demo clock when `?now=` is set.
 * @returns {import('@cqtt/core').PortalAdapter}
 */
export function pageAdapter() {
  if (adapter) return adapter;
  const base = withDemoCloses(sharedAdapter({ baseUrl: '', token: staffAuthorization }));
  try {
    const now = demoNowFrom(location.search);
    adapter = now === undefined ? base : withDemoClock(base, now);
    if (now !== undefined) document.body.classList.add('demo-clock');
  } catch (error) {
    document.querySelector('main')?.prepend(h('p', { class: 'note', role: 'alert' }, String(/** @type {Error} */ (error).message)));
    adapter = base;
  }
  return adapter;
}

/** @type {Map<string, { domElement: Element, tag: string }>} */
const applications = new Map();
addErrorHandler((error) => {
  const application = applications.get(error.appOrParcelName);
  if (application) showNote(application.domElement, failedNote(application.tag, error));
});

/**
 * Registers the plugin as a single-spa application that mounts `elements` into `domElement`, or shows a note
 * there when one of them is not in this build.
 * @param {string} name
 * @param {HTMLElement} domElement
 * @param {{ tag: string, properties?: Record<string, unknown> }[]} elements
 * @param {Record<string, unknown>} [props] shared props: locale, agencyCode, dossierId
 * @returns {boolean} whether the application was registered
 */
export function registerPlugin(name, domElement, elements, props = {}) {
  const missing = elements.find((spec) => !isElementAvailable(spec.tag));
  if (missing) {
    showNote(domElement, unavailableNote(missing.tag));
    return false;
  }
  applications.set(name, { domElement, tag: elements.map((spec) => spec.tag).join(', ') });
  registerApplication({
    name,
    app: () => import('@cqtt/microfrontend'),
    activeWhen: () => true,
    customProps: { domElement, elements, adapter: pageAdapter(), ...props },
  });
  return true;
}

/**
 * @typedef {object} ElementParcelHandle
 * @property {(props: Record<string, unknown>) => Promise<unknown>} update sets new props in place
 * @property {() => Promise<unknown>} unmount
 */

/**
 * Mounts one element as a single-spa parcel (e.g. a badge in a table cell), or shows the note.
 * @param {string} tag
 * @param {HTMLElement} domElement
 * @param {Record<string, unknown>} [props] shared props and `properties`
 * @returns {ElementParcelHandle | undefined}
 */
export function mountElementParcel(tag, domElement, props = {}) {
  if (!isElementAvailable(tag)) {
    showNote(domElement, unavailableNote(tag));
    return undefined;
  }
  const base = { domElement, adapter: pageAdapter() };
  const parcel = mountRootParcel(/** @type {any} */ (createParcel(tag)), { ...base, ...props });
  const mounted = parcel.mountPromise.then(
    () => true,
    (/** @type {Error} */ error) => (showNote(domElement, failedNote(tag, error)), false),
  );
  // single-spa refuses to update a parcel that is still mounting (error #32): updates wait for the mount, in order.
  /** @type {Promise<unknown>} */
  let updating = mounted;
  return {
    update: (next) =>
      (updating = updating
        .catch(() => undefined)
        .then(async () => {
          if (await mounted) await parcel.update?.({ ...base, ...next });
        })),
    unmount: () => parcel.unmount(),
  };
}

/** Starts single-spa, and keeps `?now=` on the portal's links so the demo clock follows the visitor. */
export function startPortal() {
  const now = new URLSearchParams(location.search).get('now');
  if (now) {
    for (const link of document.querySelectorAll('nav a[href^="/"]')) {
      const url = new URL(/** @type {HTMLAnchorElement} */ (link).href);
      url.searchParams.set('now', now);
      link.setAttribute('href', url.pathname + url.search);
    }
  }
  start();
}
