import { expect, fixture, html } from '@open-wc/testing';
import { type Observable, defer, finalize } from 'rxjs';
import { mountRootParcel } from 'single-spa';
import { type PortalAdapter, MemoryPortalAdapter, defaultCatalog } from '@cqtt/core';
import * as application from '@cqtt/microfrontend';
import { parcels } from '@cqtt/microfrontend';
import { fridayAfternoon, fridayStaffDossier as dossier } from '../fixtures/friday-dossier.js';

const cycles = 200;

/** The memory portal, counting the subscriptions open to any of its streams. */
function countingPortal(): { adapter: PortalAdapter; open: () => number } {
  let open = 0;
  const memory = new MemoryPortalAdapter({ catalog: defaultCatalog, dossiers: [dossier] }, { clock: () => fridayAfternoon });
  const counted = <T>(source: Observable<T>): Observable<T> =>
    defer(() => {
      open += 1;
      return source.pipe(finalize(() => (open -= 1)));
    });
  const adapter: PortalAdapter = {
    procedures$: counted(memory.procedures$),
    agencies$: counted(memory.agencies$),
    sameDay$: counted(memory.sameDay$),
    messages$: counted(memory.messages$),
    serverTime$: counted(memory.serverTime$),
    dossier$: (id) => counted(memory.dossier$(id)),
    dossiers$: (query) => counted(memory.dossiers$(query)),
    calendar$: (year) => counted(memory.calendar$(year)),
    submitSurvey: (response, key) => counted(memory.submitSurvey(response, key)),
    surveyStatus$: (id) => counted(memory.surveyStatus$(id)),
    report$: (query) => counted(memory.report$(query)),
  };
  return { adapter, open: () => open };
}

/**
 * Timers and animation frames still pending, counted by wrapping the page's scheduling functions. single-spa's own
 * lifecycle time-out timers (they expire by themselves seconds after each lifecycle) are kept apart, to be waited for.
 */
function trackTimers() {
  const live = new Set<string>();
  const singleSpa = new Set<string>();
  const original = { setTimeout, clearTimeout, setInterval, clearInterval, requestAnimationFrame, cancelAnimationFrame };
  const target = window as unknown as Record<string, unknown>;
  const wrap = (kind: string, schedule: (...args: unknown[]) => number, cancel: (id: number) => void, repeats: boolean) => {
    target[schedule.name] = (callback: (...args: unknown[]) => void, ...rest: unknown[]) => {
      const fromSingleSpa = String(new Error().stack).includes('single-spa');
      const id: number = schedule.call(window, (...args: unknown[]) => {
        if (!repeats) {
          live.delete(`${kind}:${id}`);
          singleSpa.delete(`${kind}:${id}`);
        }
        callback(...args);
      }, ...rest);
      (fromSingleSpa ? singleSpa : live).add(`${kind}:${id}`);
      return id;
    };
    target[cancel.name] = (id: number) => {
      live.delete(`${kind}:${id}`);
      singleSpa.delete(`${kind}:${id}`);
      cancel.call(window, id);
    };
  };
  wrap('timeout', original.setTimeout as never, original.clearTimeout, false);
  wrap('interval', original.setInterval as never, original.clearInterval, true);
  wrap('frame', original.requestAnimationFrame as never, original.cancelAnimationFrame, false);
  return { live, singleSpa, restore: () => Object.assign(window, original), original } as const;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe(`mounting and unmounting ${cycles} times`, function () {
  this.timeout(180_000);

  const tags = ['cqtt-slogan-ticker', 'cqtt-survey', 'cqtt-same-day-badge', 'cqtt-friday-warning', 'cqtt-closing-reminder', 'cqtt-apology-slip'];
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  const originalConsoleError = console.error;
  let timers: ReturnType<typeof trackTimers>;

  before(() => {
    console.error = (...args: unknown[]) => {
      errors.push(args);
      originalConsoleError(...args);
    };
    addEventListener('error', onError);
    timers = trackTimers();
  });
  after(() => {
    timers.restore();
    removeEventListener('error', onError);
    console.error = originalConsoleError;
  });

  async function settledFootprint() {
    while (timers.singleSpa.size > 0) await new Promise((resolve) => timers.original.setTimeout.call(window, resolve, 100));
    await frames();
    return { timers: [...timers.live].sort(), animations: document.getAnimations().length };
  }

  it('the application with every element, and each parcel: nothing left in the page, no subscription, timer or animation, no error', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    const portal = countingPortal();
    const props = { domElement, adapter: portal.adapter, dossierId: dossier.id, agencyCode: dossier.agencyCode, locale: 'vi' as const };
    const cycle = async () => {
      const app = mountRootParcel(application, { ...props, elements: tags.map((tag) => ({ tag })) });
      await app.mountPromise;
      await app.unmount();
      for (const parcel of Object.values(parcels)) {
        const mounted = mountRootParcel(parcel, { ...props, properties: { procedureCode: dossier.procedureCode } });
        await mounted.mountPromise;
        await mounted.unmount();
      }
    };

    await cycle();
    const baseline = await settledFootprint();
    for (let i = 0; i < cycles; i += 1) await cycle();
    const afterwards = await settledFootprint();

    expect(domElement.childNodes.length).to.equal(0);
    expect(portal.open()).to.equal(0);
    expect(afterwards).to.deep.equal(baseline);
    expect(errors).to.deep.equal([]);
  });
});
