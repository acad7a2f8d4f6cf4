import type { FridayVerdict } from '@cqtt/core';

/** Detail of `cqtt-appointment-check` (`cqtt-friday-warning`): the verdict changed, or `check()` was called. */
export interface AppointmentCheckDetail {
  /** The Friday rule's verdict on the appointment (the proposed one, else the dossier's). */
  readonly verdict: FridayVerdict;
  /** False only when the appointment breaks the rule. */
  readonly ok: boolean;
}

declare global {
  interface HTMLElementEventMap {
    /** Cancelable: `preventDefault()` vetoes the save that `check()` guards. */
    'cqtt-appointment-check': CustomEvent<AppointmentCheckDetail>;
  }
}
