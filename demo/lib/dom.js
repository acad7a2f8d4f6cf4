// Small DOM helpers for the demo pages. Everything from the API is set as text, never as HTML.
import { staffAuthorization } from './staff-session.js';

/**
 * Creates an element with attributes and text or child nodes.
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {...(Node | string)} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Replaces a container's content with a note (Vietnamese first), e.g. when an element is not in this build.
 * @param {Element} container
 * @param {string} text
 */
export function showNote(container, text) {
  container.replaceChildren(h('p', { class: 'note', role: 'note' }, text));
}

// The plugin's format, "HH:mm DD/MM/YYYY", so the portal and the plugin write dates alike on one page.
const vietnamDateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', day: '2-digit', month: '2-digit', year: 'numeric',
});
const vietnamDate = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });

/**
 * An instant as a Vietnam date and time, e.g. "15:30 27/11/2026"; "—" for none.
 * @param {number | string | undefined} instant epoch ms or an ISO 8601 string
 */
export function formatDateTime(instant) {
  return instant === undefined ? '—' : vietnamDateTime.format(new Date(instant));
}

/**
 * An instant as a Vietnam weekday and date, e.g. "Thứ Sáu, 27/11/2026".
 * @param {number | string} instant
 */
export function formatDate(instant) {
  return vietnamDate.format(new Date(instant));
}

/**
 * GETs JSON from the demo server's API, as the signed-in staff user when there is one.
 * @param {string} path e.g. `/api/v1/procedures`
 * @returns {Promise<any>}
 */
export async function getJson(path) {
  const authorization = await staffAuthorization();
  const response = await fetch(path, { headers: { Accept: 'application/json', ...(authorization && { Authorization: authorization }) } });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${path}`);
  return response.json();
}
