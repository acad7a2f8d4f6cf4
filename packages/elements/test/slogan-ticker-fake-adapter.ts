import { BehaviorSubject, NEVER, type Observable, defer, finalize, of } from 'rxjs';
import type { Agency, Instant, Message, PortalAdapter, Procedure, SameDayRegistration } from '@cqtt/core';

/**
 * A portal adapter for the ticker's tests, built from RxJS subjects. It counts subscriptions to the streams
 * the ticker uses, so a test can see a refresh happen and check that nothing stays subscribed.
 */
export class FakeTickerAdapter implements PortalAdapter {
  /** What `messages$` delivers to the next subscriber; replace it to simulate a network loss or recovery. */
  messageSource: Observable<readonly Message[]>;
  readonly messages = new BehaviorSubject<readonly Message[]>([]);
  readonly time = new BehaviorSubject<Instant>(0);
  procedures: readonly Procedure[] = [];
  registrations: readonly SameDayRegistration[] = [];
  agencyList: readonly Agency[] = [];
  /** Subscriptions ever opened to `messages$`, and those open now (all streams). */
  messageSubscriptions = 0;
  open = 0;

  constructor(initial: readonly Message[] = []) {
    this.messages.next(initial);
    this.messageSource = this.messages;
  }

  private counted<T>(build: () => Observable<T>, onSubscribe: () => void = () => undefined): Observable<T> {
    return defer(() => {
      onSubscribe();
      this.open += 1;
      return build().pipe(
        finalize(() => {
          this.open -= 1;
        }),
      );
    });
  }

  readonly messages$ = this.counted(
    () => this.messageSource,
    () => {
      this.messageSubscriptions += 1;
    },
  );
  readonly serverTime$ = this.counted(() => this.time);
  readonly procedures$ = this.counted(() => of(this.procedures));
  readonly sameDay$ = this.counted(() => of(this.registrations));
  readonly agencies$ = this.counted(() => of(this.agencyList));
  dossier$ = () => NEVER;
  dossiers$ = () => NEVER;
  calendar$ = () => NEVER;
  submitSurvey = () => NEVER;
  surveyStatus$ = () => NEVER;
  report$ = () => NEVER;
}

/** Messages as a portal would send them: a slogan, a reminder and a hotline with a phone link. */
export const portalMessages: readonly Message[] = [
  { id: 'm1', kind: 'slogan', text: 'Lấy sự hài lòng của người dân làm thước đo' },
  { id: 'm2', kind: 'reminder', text: 'Giải quyết xong hồ sơ, nhớ bấm kết thúc ngay' },
  { id: 'm3', kind: 'hotline', text: 'Đường dây nóng Chủ tịch UBND: 0271 3879 999', href: 'tel:02713879999' },
];
