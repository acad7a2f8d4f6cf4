import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ReportRow } from '@cqtt/core';

/** One segment of a stacked bar. */
interface Segment {
  readonly label: string;
  readonly count: number;
  readonly color: string;
}

/** The chart's texts, already in the element's language. */
export interface ChartTexts {
  readonly title: string;
  readonly timeliness: string;
  readonly satisfaction: string;
  /** The whole chart in words, for screen readers and as the printed legend. */
  readonly description: string;
  readonly labels: {
    readonly early: string;
    readonly onTime: string;
    readonly late: string;
    readonly levels: readonly [string, string, string, string, string];
  };
}

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
 * drawn with Lit `svg` templates. The SVG is an image named by the title and described by the text alternative,
 * which is also shown under it as the legend with the counts.
 */
export function reportChart(total: ReportRow, texts: ChartTexts): TemplateResult {
  const { labels } = texts;
  const timeliness: Segment[] = [
    { label: labels.early, count: total.early, color: '#1e6b34' },
    { label: labels.onTime, count: total.onTime, color: '#4a9c5d' },
    { label: labels.late, count: total.late, color: '#a4262c' },
  ];
  const levels = ['#1e6b34', '#4a9c5d', '#b58900', '#c4501b', '#a4262c'];
  const satisfaction: Segment[] = [4, 3, 2, 1, 0].map((level, index) => ({
    label: labels.levels[level] ?? '',
    count: total.satisfaction[level] ?? 0,
    color: levels[index] ?? '#6b6b6b',
  }));
  const legend = [...timeliness, ...satisfaction];
  return html`<figure class="chart" part="chart">
    <svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${2 * barHeight + rowGap}" width="100%" preserveAspectRatio="xMinYMin meet">
      <title id="chart-title">${texts.title}</title>
      <desc id="chart-desc">${texts.description}</desc>
      ${bar(0, texts.timeliness, timeliness)} ${bar(barHeight + rowGap, texts.satisfaction, satisfaction)}
    </svg>
    <figcaption>
      <ul class="legend">
        ${legend.map((segment) => html`<li><span class="swatch" style="background:${segment.color}" aria-hidden="true"></span>${segment.label}</li>`)}
      </ul>
      <p class="chart-text">${texts.description}</p>
    </figcaption>
  </figure>`;
}
