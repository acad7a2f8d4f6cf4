import { svg, type SVGTemplateResult } from 'lit';
import type { SatisfactionLevel } from '@cqtt/core';

/** The SIPAS levels as shown: best first, so the friendliest answer is the first the eye meets. */
export const surveyLevels: readonly SatisfactionLevel[] = [5, 4, 3, 2, 1];

/** How much each face smiles: the mouth's curve, positive up. */
const smile: Record<SatisfactionLevel, number> = { 5: 12, 4: 7, 3: 0, 2: -7, 1: -12 };

/**
 * A face for a level, drawn inside a 48×48 `<svg>`. Decorative: the text label beside it carries the meaning,
 * so the wrapping `<svg>` has `aria-hidden="true"`.
 */
export function faceOf(level: SatisfactionLevel): SVGTemplateResult {
  const curve = smile[level];
  const y = 31 - curve / 3;
  return svg`<circle class="face" cx="24" cy="24" r="21"></circle>
    <circle class="feature" cx="17" cy="19" r="2.6"></circle>
    <circle class="feature" cx="31" cy="19" r="2.6"></circle>
    <path class="mouth" d=${`M14 ${y} Q24 ${y + curve} 34 ${y}`}></path>`;
}
