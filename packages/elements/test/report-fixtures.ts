import { waitUntil } from '@open-wc/testing';
import { type Dossier, type SurveyResponse, MemoryPortalAdapter, aggregateReport, defaultCatalog, fromVietnamDateTime } from '@cqtt/core';
import type { CqttReport } from '../src/report/report.js';

export const thacMo = 'thi-xa-phuoc-long/phuong-thac-mo';
export const sonGiang = 'thi-xa-phuoc-long/phuong-son-giang';
const birth = 'cqtt:xa:dang-ky-khai-sinh';
export const vn = (date: string, time: string) => fromVietnamDateTime(date, time);

export const returned = (id: string, agencyCode: string, date: string): Dossier => ({
  id,
  procedureCode: birth,
  agencyCode,
  status: 'returned',
  receivedAt: vn(date, '08:00'),
  appointmentAt: vn(date, '17:00'),
  resolvedAt: vn(date, '09:00'),
  returnedAt: vn(date, '09:30'),
  closedAt: vn(date, '09:31'),
});

// November 2026: three dossiers at Thác Mơ (one on Friday 27/11), one at Sơn Giang; one at Thác Mơ in December.
export const dossiers: readonly Dossier[] = [
  returned('N1', thacMo, '2026-11-02'),
  returned('N2', thacMo, '2026-11-25'),
  returned('N3', thacMo, '2026-11-27'),
  returned('N4', sonGiang, '2026-11-10'),
  returned('D1', thacMo, '2026-12-01'),
];

export const vote = (dossierId: string, level: SurveyResponse['level'], date: string): SurveyResponse => ({
  dossierId,
  level,
  shortcomings: [],
  praise: [],
  callbackConsent: false,
  votedAt: vn(date, '10:00'),
});

/** The plan's catalog and the dossiers above (one "rất hài lòng" unless other answers are given), at `now`. */
export function portal(now: number, options: { latencyMs?: number; surveys?: readonly SurveyResponse[] } = {}): MemoryPortalAdapter {
  const { surveys = [vote('N1', 5, '2026-11-02')], ...adapterOptions } = options;
  return new MemoryPortalAdapter(
    {
      catalog: defaultCatalog,
      dossiers,
      surveys,
      report: (query, data) => aggregateReport(data.dossiers, data.surveys, defaultCatalog, query, now),
    },
    { clock: () => now, serverClock: { tickMs: 20 }, ...adapterOptions },
  );
}

export const root = (el: CqttReport) => el.shadowRoot!;
export const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The agencies of the summary, in order. */
export const bodyRows = (el: CqttReport) => [...root(el).querySelectorAll('[part="summary"] tbody tr')].map((row) => text(row.querySelector('th')));
/** The agencies of the full table, in its (sorted) order. */
export const tableRows = (el: CqttReport) => [...root(el).querySelectorAll('[part="table"] tbody tr')].map((row) => text(row.querySelector('th')));
export const ready = (el: CqttReport) =>
  waitUntil(() => root(el).querySelector('[part="summary"], .empty, [role="alert"]') !== null, 'the report never settled', { timeout: 5000 });
/** Waits for the full table, which loads after the first figures. */
export const tableReady = (el: CqttReport) => waitUntil(() => root(el).querySelector('[part="table"]') !== null, 'the full table never loaded', { timeout: 5000 });

export async function choose(select: HTMLSelectElement, value: string, el: CqttReport): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
