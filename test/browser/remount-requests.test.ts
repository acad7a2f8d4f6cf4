import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountRootParcel } from 'single-spa';
import * as application from '@cqtt/microfrontend';

// Issue 18: the catalog, the messages, the calendar and the server clock's offset are kept for the page, so moving
// back to a route with the staff elements costs only the dossier's own requests. Counted through the microfrontend's
// single-spa parcel against the real reference server (test/browser/real-server-middleware.mjs).

const dossierId = 'HS-REMOUNT-1';
const tags = ['cqtt-same-day-badge', 'cqtt-friday-warning', 'cqtt-closing-reminder', 'cqtt-apology-slip', 'cqtt-slogan-ticker'];

async function control(path: string, body: unknown): Promise<{ token?: string }> {
  const response = await fetch(`/__cqtt/${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`/__cqtt/${path} answered ${response.status}.`);
  return (await response.json()) as { token?: string };
}

/** Counts the page's requests to the API, by path, from the moment it is installed. */
function countApiRequests() {
  const paths: string[] = [];
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname.startsWith('/api/v1/')) paths.push(url.pathname + url.search);
    return original(input, init);
  };
  return { paths, restore: () => (window.fetch = original) };
}

describe('mounting the staff elements again', function () {
  this.timeout(60_000);

  it('costs at most the dossier\'s own requests: the catalog, messages, calendar and clock are kept for the page', async () => {
    await control('dossiers', { id: dossierId, status: 'processing' });
    const { token } = await control('admin-token', {});
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    const api = { baseUrl: '', token: () => `Bearer ${token!}` };
    const counter = countApiRequests();
    try {
      const mountOnce = async () => {
        const parcel = mountRootParcel(application, { domElement, api, dossierId, locale: 'vi', elements: tags.map((tag) => ({ tag })) });
        await parcel.mountPromise;
        const badge = () => domElement.querySelector('cqtt-same-day-badge')?.shadowRoot?.querySelector('[part="badge"]');
        await waitUntil(() => badge(), 'the badge never showed the dossier', { timeout: 10_000 });
        await parcel.unmount();
      };
      await mountOnce();
      const first = counter.paths.length;
      for (let cycle = 0; cycle < 10; cycle += 1) await mountOnce();
      const remounts = counter.paths.slice(first);
      expect(first, counter.paths.join('\n')).to.be.greaterThan(2);
      expect(remounts.length / 10, remounts.join('\n')).to.be.at.most(2);
      expect(remounts.every((path) => path.includes(dossierId)), remounts.join('\n')).to.equal(true);
    } finally {
      counter.restore();
    }
  });
});
