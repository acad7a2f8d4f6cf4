import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ReportRow } from '@cqtt/core';
import type { Translate } from './request.js';

/** One segment of a stacked bar. */
interface Segment {
  readonly label: string;
  readonly count: number;
  readonly color: string;
}

/** The chart's own styles, adopted by the element when the chart has loaded; on paper, never split from its title. */
export const chartStyles = css`
  .chart {
    margin: 1em 0;
    max-inline-size: 40rem;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.3em;
    vertical-align: middle;
    border: 1px solid #ffffff;
    forced-color-adjust: none;
  }
  .chart-text {
    margin: 0.25em 0 0;
  }
  @media print {
    .chart {
      break-inside: avoid;
      max-inline-size: 30rem;
    }
  }
`;

const width = 640;
const labelWidth = 110;
const barHeight = 28;
const rowGap = 16;

function bar(y: number, label: string, segments: readonly Segment[]): SVGTemplateResult {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  let x = labelWidth;
  const span = width - labelWidth;
  const rects = segments.map((segment) => {
    const w = total === 0 ? 0 : (segment.count / total) * span;
    const rect = svg`<rect x=${x} y=${y} width=${w} height=${barHeight} fill=${segment.color} stroke="#ffffff" stroke-width="1"></rect>`;
    x += w;
    return rect;
  });
  return svg`<text x="0" y=${y + barHeight / 2} dominant-baseline="middle" font-size="14">${label}</text>
    ${total === 0 ? svg`<rect x=${labelWidth} y=${y} width=${span} height=${barHeight} fill="none" stroke="#6b6b6b" stroke-dasharray="4 3"></rect>` : rects}`;
}

/**
 * Two 100% stacked bars (timeliness: early / on time / late; satisfaction: the five levels from "rất hài lòng" down),
 * drawn with Lit `svg` templates, under their title (kept with them on paper). The SVG is an image named by the
 * title and described by the text alternative, which is also shown under it as the legend with the counts.
 */
export function reportChart(total: ReportRow, period: string, t: Translate): TemplateResult {
  const timeliness: Segment[] = [
    { label: t('early'), count: total.early, color: '#1e6b34' },
    { label: t('onTime'), count: total.onTime, color: '#4a9c5d' },
    { label: t('late'), count: total.late, color: '#a4262c' },
  ];
  const levels = ['#1e6b34', '#4a9c5d', '#b58900', '#c4501b', '#a4262c'];
  const satisfaction: Segment[] = ([5, 4, 3, 2, 1] as const).map((level, index) => ({
    label: t(`level${level}`),
    count: total.satisfaction[level - 1] ?? 0,
    color: levels[index] ?? '#6b6b6b',
  }));
  const [level1, level2, level3, level4, level5] = total.satisfaction;
  const description = `${t('chartTimelinessText', { early: total.early, onTime: total.onTime, late: total.late })} ${t('chartSatisfactionText', { level1, level2, level3, level4, level5 })}`;
  const legend = [...timeliness, ...satisfaction];
  return html`<figure class="chart" part="chart">
    <h3 id="chart-title">${t('chartTitle', { period })}</h3>
    <svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${2 * barHeight + rowGap}" width="100%" preserveAspectRatio="xMinYMin meet">
      <desc id="chart-desc">${description}</desc>
      ${bar(0, t('chartTimeliness'), timeliness)} ${bar(barHeight + rowGap, t('chartSatisfaction'), satisfaction)}
    </svg>
    <figcaption>
      <ul class="legend">
        ${legend.map((segment) => html`<li><span class="swatch" style="background:${segment.color}" aria-hidden="true"></span>${segment.label}</li>`)}
      </ul>
      <p class="chart-text">${description}</p>
    </figcaption>
  </figure>`;
}
