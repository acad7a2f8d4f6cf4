import type { Instant, LocalDate } from '@cqtt/core';

/** The slip as filled in, carried by the `cqtt-apology-slip` event. */
export interface ApologySlipData {
  /** The receipt number: the dossier's id. */
  readonly dossierId: string;
  readonly applicantName?: string;
  readonly procedureName: string;
  readonly agencyName: string;
  readonly receivedAt: Instant;
  /** The appointment the dossier missed (or will miss today). */
  readonly originalAppointmentAt?: Instant;
  readonly reason: string;
  /** The new return date (Vietnam), a working day after the day of issue. */
  readonly newAppointmentDate: LocalDate;
  /** The server's time when the slip was printed or sent. */
  readonly issuedAt: Instant;
}

/** Detail of `cqtt-apology-slip` (`cqtt-apology-slip`): "In văn bản" or "Gửi" with a valid slip. */
export interface ApologySlipDetail {
  /** `print`: "In văn bản" (the element prints unless the event is cancelled); `send`: "Gửi". */
  readonly action: 'print' | 'send';
  readonly slip: ApologySlipData;
}

declare global {
  interface HTMLElementEventMap {
    /** Cancelable: cancel a `print` to keep the browser's print dialog closed. */
    'cqtt-apology-slip': CustomEvent<ApologySlipDetail>;
  }
}
