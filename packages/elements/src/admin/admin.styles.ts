import { css } from 'lit';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/** What every view of the console shares: forms, tables, the error, saved and conflict boxes. */
export const adminStyles = [
  staffBaseStyles,
  css`
    :host {
      --_border: var(--cqtt-admin-border, #6b6b6b);
    }

    fieldset {
      border: 1px solid var(--_border);
      border-radius: 0.25em;
      margin: 0 0 1em;
    }

    label {
      display: inline-flex;
      flex-direction: column;
      gap: 0.2em;
      margin: 0 1em 0.75em 0;
    }

    label.check {
      flex-direction: row;
      align-items: center;
    }

    input,
    select,
    textarea {
      font: inherit;
      padding: 0.3em;
      border: 1px solid var(--_border);
      border-radius: 0.2em;
    }

    select:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    table {
      border-collapse: collapse;
      margin-block: 0.5em 1em;
    }

    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.3em 0.5em;
      text-align: start;
      vertical-align: top;
    }

    .error {
      display: block;
    }

    .saved {
      color: var(--_success);
      font-weight: 600;
    }

    .conflict {
      border: 2px solid var(--_danger);
      border-radius: 0.25em;
      padding: 0.5em 1em;
      margin-block: 1em;
    }

    .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
      gap: 1em;
    }

    .version h3 {
      font-size: 1em;
      margin: 0 0 0.5em;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block: 0.75em;
    }

    dl.summary {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.2em 0.75em;
      margin: 0;
    }

    dl.summary dd {
      margin: 0;
    }
  `,
];
