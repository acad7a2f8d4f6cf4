import type { SatisfactionLevel } from '@cqtt/core';

/** Detail of `cqtt-survey-submit` (`cqtt-survey`): the citizen voted and the vote is stored (or sent); no personal data. */
export interface SurveySubmitDetail {
  readonly dossierId: string;
  readonly level: SatisfactionLevel;
}

/** Detail of `cqtt-survey-delivered` (`cqtt-survey`): the vote is settled with the server. */
export interface SurveyDeliveredDetail {
  readonly dossierId: string;
  /** The dossier already had another answer, which the server kept; this vote was not counted. */
  readonly duplicate: boolean;
}

/**
 * `cqtt-survey-reset` (`cqtt-survey`) carries nothing: the kiosk handed over to the next citizen and let go of the last
 * dossier and its token; set the next `dossierId` (and `surveyToken`) now.
 */
export type SurveyResetDetail = null;

declare global {
  interface HTMLElementEventMap {
    'cqtt-survey-submit': CustomEvent<SurveySubmitDetail>;
    'cqtt-survey-delivered': CustomEvent<SurveyDeliveredDetail>;
    'cqtt-survey-reset': CustomEvent<SurveyResetDetail>;
  }
}
