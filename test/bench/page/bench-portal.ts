/*
 * The page the browser benchmarks drive (bundled by esbuild in test/bench/browser-bench.ts, with lit, rxjs,
 * single-spa and the application left to the import map): a memory portal with the plan's catalog and a late
 * Friday dossier, so that every element has something to show, and the measurements run inside the page.
 */
import { queueScheduler, type SchedulerLike } from 'rxjs';
import { getAppNames, mountRootParcel, navigateToUrl, registerApplication, start } from 'single-spa';
import { aggregateReport, defaultCatalog, fromVietnamDateTime, MemoryPortalAdapter, type Dossier } from '@cqtt/core';
import * as application from '@cqtt/microfrontend';
import { fridayAfternoon, fridayStaffDossier as staffDossier } from '../../fixtures/friday-dossier.js';

/** The same procedure resolved that morning and not closed: the survey opens and the closing reminder shows. */
const resolvedDossier: Dossier = {
  ...staffDossier,
  id: 'PL-261127-0002',
  status: 'resolved',
  appointmentAt: fromVietnamDateTime('2026-11-27', '17:00'),
  resolvedAt: fromVietnamDateTime('2026-11-27', '10:00'),
};

/** Received on Thursday, promised for that afternoon and still open: late, so the apology slip shows. */
const lateDossier: Dossier = {
  ...staffDossier,
  id: 'PL-261126-0003',
  receivedAt: fromVietnamDateTime('2026-11-26', '08:10'),
  appointmentAt: fromVietnamDateTime('2026-11-26', '17:00'),
};

/** The dossier each element is about. */
const dossierOf = (tag: string) =>
  (tag === 'cqtt-survey' || tag === 'cqtt-closing-reminder' ? resolvedDossier : tag === 'cqtt-apology-slip' ? lateDossier : staffDossier).id;

/** The memory portal; with `queueScheduler` its answers and its clock's first tick arrive synchronously. */
const portal = (scheduler?: SchedulerLike) =>
  new MemoryPortalAdapter(
    {
      catalog: defaultCatalog,
      dossiers: [staffDossier, resolvedDossier, lateDossier],
      report: (query, data) => aggregateReport(data.dossiers, data.surveys, defaultCatalog, query, fridayAfternoon),
    },
    { clock: () => fridayAfternoon, ...(scheduler ? { scheduler } : {}) },
  );

/** The elements of the whole application, as the mount-cycles test mounts them. */
const applicationTags = ['cqtt-slogan-ticker', 'cqtt-survey', 'cqtt-same-day-badge', 'cqtt-friday-warning', 'cqtt-closing-reminder', 'cqtt-apology-slip'];

/**
 * What each element gets, as the application would set it. The mount times use the synchronous portal, so that
 * they measure the element and not the portal's timers; the application cycles use the portal as it is.
 */
const properties: Readonly<Record<string, unknown>> = {
  adapter: portal(queueScheduler),
  locale: 'vi',
  agencyCode: staffDossier.agencyCode,
};

interface Updating extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
}

const slot = (): HTMLElement => document.getElementById('slot')!;

/** Lit's markers (`<!--?lit$123$-->`, `<!---->`) are not part of the markup a plain page would write. */
const withoutLitMarkers = (markup: string) => markup.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '');

/** Whether an element still shows its loading state (every element marks it with the `loading` class). */
const isLoading = (element: Element) => element.shadowRoot?.querySelector('.loading') !== null;

/** Resolves when `shown()` holds for the element's shadow root (at once if it already does); fails after 5 s. */
function whenShown(element: Element, shown: () => boolean, what: string): Promise<void> {
  if (shown()) return Promise.resolve();
  return new Promise((done, fail) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      done();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      fail(new Error(`<${element.localName}> did not show ${what} in 5 s`));
    }, 5000);
    observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** Resolves when the element's shadow root no longer shows a loading state. */
const contentShown = (element: Element) => whenShown(element, () => !isLoading(element), 'its content');

/** Resolves when `element`'s shadow root shows `heading` in its h2. */
const headingShown = (element: Element, heading: string) =>
  whenShown(element, () => element.shadowRoot?.querySelector('h2')?.textContent?.trim() === heading, `"${heading}"`);

interface Mounted {
  /** From createElement to the first completed update (which may show the loading state). */
  readonly firstUpdateMs: number;
  /** From createElement to the update that shows the data (the same as the first when the data came in time). */
  readonly contentMs: number;
  readonly element: Updating;
}

/** Creates the element, sets its properties, connects it and waits for its first update, then for its content. */
async function mountElement(tag: string): Promise<Mounted> {
  const started = performance.now();
  const element = document.createElement(tag) as Updating;
  for (const [key, value] of Object.entries({ ...properties, dossierId: dossierOf(tag) })) if (key in element) Reflect.set(element, key, value);
  slot().append(element);
  await element.updateComplete;
  const firstUpdateMs = performance.now() - started;
  await contentShown(element);
  return { firstUpdateMs, contentMs: performance.now() - started, element };
}

/** The control: a host with a shadow root, the same style sheets, and the same markup written as HTML. */
async function mountMarkup(markup: string, sheets: readonly CSSStyleSheet[]): Promise<number> {
  const started = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...sheets];
  // eslint-disable-next-line no-restricted-syntax -- the issue's control: our own rendered markup, never API data.
  root.innerHTML = markup;
  slot().append(host);
  await Promise.resolve();
  const ms = performance.now() - started;
  host.remove();
  return ms;
}

/** One element's mount times in milliseconds, and the markup of its content (what the control writes). */
export interface MountTimes {
  readonly firstUpdate: number[];
  readonly content: number[];
  readonly markup: number[];
  readonly markupBytes: number;
}

/** Times `runs` mounts of `tag` and of its content's markup, alternating, after `warmUp` unmeasured ones of each. */
async function measureMount(tag: string, runs: number, warmUp: number): Promise<MountTimes> {
  await application.loadElement(tag);
  const first = await mountElement(tag);
  const markup = withoutLitMarkers(first.element.shadowRoot?.innerHTML ?? '');
  const sheets = first.element.shadowRoot?.adoptedStyleSheets ?? [];
  first.element.remove();
  const times: MountTimes = { firstUpdate: [], content: [], markup: [], markupBytes: markup.length };
  for (let run = 0; run < warmUp + runs; run += 1) {
    const mounted = await mountElement(tag);
    mounted.element.remove();
    const markupMs = await mountMarkup(markup, sheets);
    if (run >= warmUp) {
      times.firstUpdate.push(mounted.firstUpdateMs);
      times.content.push(mounted.contentMs);
      times.markup.push(markupMs);
    }
  }
  return times;
}

/** The application's props: every element on the portal as it is (its timers included), each with its dossier. */
const applicationProps = () => ({
  ...properties,
  adapter: portal(),
  domElement: slot(),
  elements: applicationTags.map((tag) => ({ tag, properties: { dossierId: dossierOf(tag) } })),
});

/**
 * The control for the parcel cycles: a parcel with the same four lifecycles that do nothing. single-spa 6 keeps every root
 * parcel in its registry after unmount (it deletes only parcels that have a parent), so this shows what single-spa
 * itself retains per `mountRootParcel`.
 */
const emptyParcel = { bootstrap: () => Promise.resolve(), mount: () => Promise.resolve(), unmount: () => Promise.resolve(), update: () => Promise.resolve() };

/** Mounts and unmounts the whole application (or the empty control) `cycles` times as root parcels; returns the ms. */
async function parcelCycles(cycles: number, control = false): Promise<number> {
  const started = performance.now();
  const props = applicationProps();
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    const parcel = mountRootParcel(control ? emptyParcel : application, props);
    await parcel.mountPromise;
    await parcel.unmount();
  }
  return performance.now() - started;
}

const routed = () => new Promise<void>((done) => window.addEventListener('single-spa:routing-event', () => done(), { once: true }));

/**
 * Mounts and unmounts the whole application `cycles` times as a registered single-spa application, active on
 * `#cqtt` (as a portal's route would make it); returns the milliseconds taken.
 */
async function applicationCycles(cycles: number): Promise<number> {
  if (!getAppNames().includes('@cqtt/app')) {
    registerApplication({ name: '@cqtt/app', app: application, activeWhen: (where) => where.hash === '#cqtt', customProps: applicationProps() });
    const started = routed();
    start();
    await started;
  }
  const began = performance.now();
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    for (const hash of ['#cqtt', '#']) {
      const done = routed();
      navigateToUrl(hash);
      await done;
    }
  }
  return performance.now() - began;
}

/** Milliseconds from the tap on "Gửi đánh giá" to the thank-you, the vote written to the IndexedDB outbox on the way. */
export interface VoteTimes {
  readonly tapToThanks: number[];
}

/**
 * Times `runs` votes, each on its own resolved dossier of a memory portal, as a citizen gives them: choose
 * "Rất hài lòng", tap submit, and the thank-you shows. The votes are then delivered in the background.
 */
async function measureVote(runs: number, warmUp: number): Promise<VoteTimes> {
  await application.loadElement('cqtt-survey');
  const dossiers = Array.from({ length: runs + warmUp }, (_, index) => ({ ...resolvedDossier, id: `PL-BENCH-${Date.now()}-${index}` }));
  const votingPortal = new MemoryPortalAdapter({ catalog: defaultCatalog, dossiers }, { clock: () => fridayAfternoon, scheduler: queueScheduler });
  const times: VoteTimes = { tapToThanks: [] };
  for (const [index, dossier] of dossiers.entries()) {
    const survey = document.createElement('cqtt-survey') as Updating;
    Object.assign(survey, { adapter: votingPortal, locale: 'vi', dossierId: dossier.id });
    slot().append(survey);
    await survey.updateComplete;
    await contentShown(survey);
    survey.shadowRoot!.querySelector<HTMLInputElement>('input[name="level"]')!.click();
    await survey.updateComplete;
    const started = performance.now();
    survey.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await headingShown(survey, 'Cảm ơn Ông/Bà đã đánh giá!');
    if (index >= warmUp) times.tapToThanks.push(performance.now() - started);
    survey.remove();
  }
  return times;
}

/** What the benchmarks call through `page.evaluate`. */
export interface BenchPage {
  readonly measureMount: typeof measureMount;
  readonly measureVote: typeof measureVote;
  readonly applicationCycles: typeof applicationCycles;
  readonly parcelCycles: typeof parcelCycles;
}

declare global {
  interface Window {
    cqttBench?: BenchPage;
  }
}

window.cqttBench = { measureMount, measureVote, applicationCycles, parcelCycles };
