import { css } from 'lit';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/** The briefing's styles: controls, a scrollable table, the chart, and a print sheet for the meeting. */
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
    }
    select,
    input {
      font: inherit;
      min-block-size: 2.25rem;
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
    /* Seventeen columns do not fit a laptop: the table scrolls sideways (by keyboard too), the agency stays in view. */
    .table-wrap {
      overflow-x: auto;
    }
    .table-wrap:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    th[scope='row'] {
      position: sticky;
      inset-inline-start: 0;
      background: Canvas;
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
    thead th button {
      border: 0;
      padding: 0.125em 0.25em;
      background: transparent;
      color: inherit;
      font-weight: 600;
      text-align: inherit;
    }
    tfoot {
      font-weight: 600;
    }
    .actions {
      display: flex;
      gap: 0.5em;
      margin-block: 1em;
    }
    .chart {
      margin: 1em 0;
      max-inline-size: 40rem;
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
    progress {
      inline-size: 12em;
      margin-inline-end: 0.5em;
    }
    @media print {
      :host {
        font-size: 10pt;
        color: #000000;
      }
      .controls,
      .actions,
      button[part='button'] {
        display: none;
      }
      .table-wrap {
        overflow: visible;
      }
      table {
        inline-size: 100%;
        page-break-inside: auto;
      }
      tr {
        page-break-inside: avoid;
      }
      thead {
        display: table-header-group;
      }
      thead th button {
        padding: 0;
      }
      .chart {
        page-break-inside: avoid;
      }
    }
  `,
];
