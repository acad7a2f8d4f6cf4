import { type Observable, defer, finalize, of } from 'rxjs';
import {
  type Dossier,
  type Instant,
  type LocalDate,
  type LocalTime,
  type PortalAdapter,
  MemoryPortalAdapter,
  defaultCatalog,
  fromVietnamDateTime,
} from '@cqtt/core';

/*
 * Shared by the staff elements' tests (same-day badge, Friday warning, closing reminder, apology slip): real
 * agencies and procedures of the plan's catalog, dossiers with real dates, and a portal whose clock the test moves.
 */

/** Phường Thác Mơ registered "Đăng ký khai sinh" as same-day; its Friday rule is on. */
export const thacMo = 'thi-xa-phuoc-long/phuong-thac-mo';
/** Phường Sơn Giang did not register "Đăng ký khai sinh". */
export const sonGiang = 'thi-xa-phuoc-long/phuong-son-giang';
export const birthRegistration = 'cqtt:xa:dang-ky-khai-sinh';

/** An instant given as a Vietnam wall-clock date and time. */
export function vn(date: LocalDate, time: LocalTime): Instant {
  return fromVietnamDateTime(date, time);
}

/** A received "Đăng ký khai sinh" dossier of Phường Thác Mơ, with whatever the test changes. */
export function birthDossier(id: string, fields: Partial<Dossier> & Pick<Dossier, 'receivedAt'>): Dossier {
  return { id, procedureCode: birthRegistration, agencyCode: thacMo, status: 'processing', ...fields };
}

/** The portal's clock, moved by the test. */
export interface TestClock {
  now: Instant;
}

/**
 * A `MemoryPortalAdapter` over the plan's catalog and the given dossiers, on the test's clock (ticking every 20 ms
 * so a moved clock shows quickly), which counts the subscriptions open to any of its streams.
 */
export class CountingPortal implements PortalAdapter {
  /** Subscriptions open now, across every stream. */
  open = 0;
  /** Dossiers changed "elsewhere" after the portal was built: the next read returns them. */
  readonly changed = new Map<string, Dossier>();
  readonly memory: MemoryPortalAdapter;
  readonly procedures$;
  readonly agencies$;
  readonly sameDay$;
  readonly serverTime$;
  readonly messages$;

  constructor(dossiers: readonly Dossier[], clock: TestClock) {
    this.memory = new MemoryPortalAdapter({ catalog: defaultCatalog, dossiers }, { clock: () => clock.now, serverClock: { tickMs: 20 } });
    this.procedures$ = this.counted(this.memory.procedures$);
    this.agencies$ = this.counted(this.memory.agencies$);
    this.sameDay$ = this.counted(this.memory.sameDay$);
    this.serverTime$ = this.counted(this.memory.serverTime$);
    this.messages$ = this.counted(this.memory.messages$);
  }

  dossier$(id: string) {
    return this.counted(defer(() => {
      const changed = this.changed.get(id);
      return changed ? of(changed) : this.memory.dossier$(id);
    }));
  }

  dossiers$: PortalAdapter['dossiers$'] = (query) => this.memory.dossiers$(query);
  calendar$: PortalAdapter['calendar$'] = (year) => this.memory.calendar$(year);
  submitSurvey: PortalAdapter['submitSurvey'] = (response, key) => this.memory.submitSurvey(response, key);
  surveyStatus$: PortalAdapter['surveyStatus$'] = (id) => this.memory.surveyStatus$(id);
  report$: PortalAdapter['report$'] = (query) => this.memory.report$(query);

  private counted<T>(source: Observable<T>): Observable<T> {
    return defer(() => {
      this.open += 1;
      return source.pipe(
        finalize(() => {
          this.open -= 1;
        }),
      );
    });
  }
}

/** The text of an element (of its shadow root, for a custom element), whitespace collapsed. */
export function shadowText(el: Element): string {
  return ((el.shadowRoot ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();
}
