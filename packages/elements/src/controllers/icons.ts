import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** The staff elements' icons; drawn, not taken from a font (ⓘ, ⏱, ⚠), so they show on any PC without emoji fonts. */
export type IconName = 'check' | 'clock' | 'warning' | 'dot' | 'pause' | 'stop' | 'info' | 'flag';

const shapes: Readonly<Record<IconName, SVGTemplateResult>> = {
  check: svg`<path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>`,
  clock: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.7"></circle><path d="M8 4.6V8l2.4 1.6" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"></path>`,
  warning: svg`<path d="M8 1.8l6.7 12H1.3z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"></path><path d="M8 6.2v3.6M8 11.9v.1" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>`,
  dot: svg`<circle cx="8" cy="8" r="2.6" fill="currentColor"></circle>`,
  pause: svg`<path d="M5.5 3.5v9M10.5 3.5v9" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"></path>`,
  stop: svg`<rect x="3.5" y="3.5" width="9" height="9" rx="1" fill="currentColor"></rect>`,
  info: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M8 7.2v4.2M8 4.6v.1" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>`,
  flag: svg`<path d="M4 14.5V2M4 2.8h8l-1.8 3 1.8 3H4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round"></path>`,
};

/** An icon in the text's colour (so forced-colors mode recolours it), hidden from screen readers: the text says it. */
export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon" data-icon=${name} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">${shapes[name]}</svg>`;
}
