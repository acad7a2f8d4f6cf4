import type { SatisfactionLevel } from '@cqtt/core';

/** Detail of `cqtt-survey-submit` (`cqtt-survey`): the citizen voted and the vote is stored (or sent); no personal data. */
export interface SurveySubmitDetail {
  readonly dossierId: string;
  readonly level: SatisfactionLevel;
}

/** Detail of `cqtt-survey-delivered` (`cqtt-survey`): the server has the vote. */
export interface SurveyDeliveredDetail {
  readonly dossierId: string;
  /** The server already had an answer for the dossier. */
  readonly duplicate: boolean;
}

/** `cqtt-survey-reset` (`cqtt-survey`) carries nothing: the kiosk cleared the form; set the next `dossierId` now. */
export type SurveyResetDetail = null;

declare global {
  interface HTMLElementEventMap {
    'cqtt-survey-submit': CustomEvent<SurveySubmitDetail>;
    'cqtt-survey-delivered': CustomEvent<SurveyDeliveredDetail>;
    'cqtt-survey-reset': CustomEvent<SurveyResetDetail>;
  }
}
