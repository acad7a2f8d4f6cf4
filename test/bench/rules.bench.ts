// Calls per second of the rules on the default catalog: appointmentDate and evaluateDossier. Figures, no assertions.
import { performance } from 'node:perf_hooks';
import {
  appointmentDate,
  createRulesContext,
  defaultCatalog,
  evaluateDossier,
  fromVietnamDateTime,
  type Dossier,
  type Procedure,
} from '@cqtt/core';
import { reportFigure } from './figures.js';

const start = fromVietnamDateTime('2026-01-01', '00:00');
const year = 365 * 86_400_000;
// Receipt instants spread over 2026 (every hour of every day, holidays and weekends included), fixed for every run.
const receipts = Array.from({ length: 4096 }, (_, i) => start + ((i * 2_654_435_761) % year));

function measure(label: string, run: (i: number) => unknown): void {
  for (let i = 0; i < 20_000; i++) run(i); // warm-up
  let calls = 0;
  const began = performance.now();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (let i = 0; i < 1000; i++) run(calls++);
    elapsed = performance.now() - began;
  }
  console.log(`${label.padEnd(54)} ${Math.round((calls / elapsed) * 1000).toLocaleString('en-US')} calls/s`);
  reportFigure(label, Math.round((calls / elapsed) * 1000), 'calls/s');
}

const sameDay = defaultCatalog.procedures[8]!;
const ward = defaultCatalog.agencies.find((a) => a.code === 'thi-xa-phuoc-long/phuong-son-giang')!;
const workingDays: Procedure = { ...sameDay, timeLimit: { kind: 'working-days', days: 15 } };
const workingHours: Procedure = { ...sameDay, timeLimit: { kind: 'working-hours', hours: 40 } };

measure('appointmentDate same-day', (i) => appointmentDate(sameDay, receipts[i & 4095]!));
measure('appointmentDate same-day, registered, Friday rule', (i) =>
  appointmentDate(sameDay, receipts[i & 4095]!, { agency: ward, registeredSameDay: true }),
);
measure('appointmentDate 15 working days', (i) => appointmentDate(workingDays, receipts[i & 4095]!));
measure('appointmentDate 40 working hours', (i) => appointmentDate(workingHours, receipts[i & 4095]!));

const context = createRulesContext(defaultCatalog);
const dossiers: Dossier[] = receipts.map((receivedAt, i) => {
  const registration = defaultCatalog.sameDay[i % defaultCatalog.sameDay.length]!;
  const base: Dossier = { id: `HS-${i}`, agencyCode: registration.agencyCode, procedureCode: registration.procedureCode, status: 'processing', receivedAt };
  return i % 3 === 0 ? { ...base, status: 'resolved', resolvedAt: receivedAt + 5 * 3_600_000 } : base;
});
measure('evaluateDossier (open and resolved, default catalog)', (i) => evaluateDossier(dossiers[i & 4095]!, {}, context, receipts[i & 4095]! + 2 * 86_400_000));
