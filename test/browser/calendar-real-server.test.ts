import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpPortalAdapter, fromVietnamDateTime } from '@cqtt/core';
import '@cqtt/elements/same-day-badge/define';
import type { SameDayBadge } from '../../packages/elements/src/same-day-badge/same-day-badge.js';

// Issue 16, "done when": an administrator publishes a 2027 calendar through the admin API of the real reference
// server (run by the test runner, see real-server-middleware.mjs), and an open badge for a dossier received Friday
// 5/2/2027 changes its appointment without reload; withdrawing the year brings back the computed dates, marked
// "dự kiến". The adapter reads the calendar again every second here instead of every minute.

const thacMo = 'thi-xa-phuoc-long/phuong-thac-mo';
const birthRegistration = 'cqtt:xa:dang-ky-khai-sinh';

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/__cqtt/${path}`, { method: 'POST', body: body === undefined ? null : JSON.stringify(body) });
  if (!response.ok) throw new Error(`/__cqtt/${path} answered ${response.status}.`);
  return (await response.json()) as T;
}

async function admin(method: 'GET' | 'PUT' | 'DELETE', token: string, body?: unknown, version?: string): Promise<{ version: string; status: string }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  const response = await fetch('/api/v1/admin/calendar/2027', { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`${method} /admin/calendar/2027 answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { version: string; status: string };
}

function badgeText(el: SameDayBadge): string {
  return (el.shadowRoot!.querySelector('[part="badge"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the badge on the real server\'s calendar', () => {
  let token = '';

  before(async function () {
    // The first request starts the server (PGlite, migrations, seed): up to a minute on a busy machine.
    this.timeout(180_000);
    ({ token } = await control<{ token: string }>('admin-token'));
  });

  it('follows a 2027 calendar published and withdrawn through the admin API, without reload', async function () {
    this.timeout(120_000);
    await control('dossiers', {
      id: 'HS-TET-2027',
      status: 'processing',
      procedureCode: birthRegistration,
      agencyCode: thacMo,
      receivedAt: fromVietnamDateTime('2027-02-05', '09:00'),
    });
    const adapter = new HttpPortalAdapter({ authHeader: () => `Bearer ${token}`, revalidateMs: 1000 });
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-TET-2027"></cqtt-same-day-badge>`);

    // Not announced: Tết 2027 as the Labour Code computes it (5/2-9/2, 10/2-11/2 in lieu), the date provisional.
    await waitUntil(() => badgeText(el).includes('12/02/2027'), `computed date not shown: "${badgeText(el)}"`, { timeout: 30_000 });
    expect(badgeText(el)).to.contain('dự kiến');

    const before = await admin('GET', token);
    expect(before.status).to.equal('computed');
    const daysOff = ['2027-01-01', '2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'];
    const published = await admin('PUT', token, { daysOff, workingDays: ['2027-01-30'], source: 'Thông báo thử nghiệm số 1/TB' }, before.version);
    expect(published.status).to.equal('published');
    await waitUntil(() => badgeText(el).includes('11/02/2027'), `published date not shown: "${badgeText(el)}"`, { timeout: 20_000 });
    expect(badgeText(el)).not.to.contain('dự kiến');

    const withdrawn = await admin('DELETE', token, undefined, published.version);
    expect(withdrawn.status).to.equal('computed');
    await waitUntil(() => badgeText(el).includes('12/02/2027'), `computed date not back: "${badgeText(el)}"`, { timeout: 20_000 });
    expect(badgeText(el)).to.contain('dự kiến');
    el.remove();
  });
});
