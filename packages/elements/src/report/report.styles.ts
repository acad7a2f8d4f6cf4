import { css } from 'lit';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/**
 * The briefing's styles: controls, the summary that fits a phone, the full table that scrolls sideways behind its
 * disclosure, and a print sheet for the meeting with everything, the full table included. The chart and the full table
 * bring their own styles.
 */
export const reportStyles = [
  staffBaseStyles,
  css`
    h2 {
      font-size: 1.25em;
      margin: 0 0 0.5em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.75em 1em;
      margin: 0 0 1em;
      padding: 0;
      border: 0;
    }
    .controls legend {
      font-weight: 600;
      padding: 0;
      margin-block-end: 0.25em;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      max-inline-size: 100%;
    }
    select,
    input {
      font: inherit;
      min-block-size: 2.25rem;
      max-inline-size: 100%;
    }
    select:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .period {
      font-weight: 600;
    }
    .problem {
      color: var(--_danger);
    }
    /* Six columns that take the width given, down to a phone's: headings wrap between words, figures never. */
    .summary {
      inline-size: 100%;
    }
    .summary th,
    .summary td {
      padding-inline: 0.25em;
    }
    .summary td {
      white-space: nowrap;
    }
    .summary th[scope='row'] {
      overflow-wrap: anywhere;
    }
    .summary thead th:first-child {
      inline-size: 32%;
    }
    @media (max-width: 30em) {
      .summary {
        font-size: 0.875em;
      }
    }
    .disclosure {
      margin-block-end: 0.5em;
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.25em;
    }
    th,
    td {
      border: 1px solid #b3b3b3;
      padding: 0.25em 0.5em;
      text-align: end;
      vertical-align: top;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
    }
    tfoot {
      font-weight: 600;
    }
    .actions {
      display: flex;
      gap: 0.5em;
      margin-block: 1em;
    }
    progress {
      inline-size: 12em;
      margin-inline-end: 0.5em;
    }
    @media print {
      :host {
        font-size: 9pt;
        color: #000000;
      }
      .controls,
      .actions,
      button[part='button'] {
        display: none;
      }
      /* Open or closed on screen, the full table is printed, a size smaller: seventeen columns across the page. */
      .full-table[hidden] {
        display: block;
      }
      .full-table {
        font-size: 8pt;
      }
      table {
        inline-size: 100%;
      }
      tr {
        break-inside: avoid;
      }
      thead {
        display: table-header-group;
      }
    }
  `,
];

/**
 * The host page's side of printing: the pages that hold the report are A4 landscape, for the full table's seventeen
 * columns. `@page` is ignored inside a shadow root, so this sheet is adopted by the document, once.
 */
const pagePrintSheet = css`
  @media print {
    @page cqtt-report {
      size: A4 landscape;
      margin: 12mm;
    }
    body:has(cqtt-report),
    cqtt-report {
      page: cqtt-report;
    }
  }
`;

export function adoptReportPageSheet(): void {
  const sheet = pagePrintSheet.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
