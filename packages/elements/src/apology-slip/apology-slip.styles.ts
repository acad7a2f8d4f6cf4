import { css } from 'lit';
import { provisionalStyles } from '../controllers/provisional.js';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/** Styles of `<cqtt-apology-slip>`: a paper-like slip on screen, and the slip alone, without controls, on paper. */
export const apologySlipStyles = [
  staffBaseStyles,
  provisionalStyles,
  css`
    .slip {
      max-inline-size: 42em;
      padding: 1em 1.25em;
      border: 1px solid var(--cqtt-slip-border, #6b6b6b);
      background: var(--cqtt-slip-background, #ffffff);
      color: #1a1a1a;
    }

    h2 {
      margin: 0 0 0.75em;
      font-size: 1.25em;
      text-align: center;
      text-transform: uppercase;
    }

    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
    }

    dt {
      font-weight: 600;
    }

    dd {
      margin: 0;
    }

    label {
      display: block;
      margin-block-start: 0.75em;
      font-weight: 600;
    }

    textarea,
    input {
      font: inherit;
      box-sizing: border-box;
      max-inline-size: 100%;
    }

    textarea {
      inline-size: 100%;
    }

    .hint {
      margin: 0.25em 0 0;
      font-size: 0.9em;
    }

    .field-error {
      margin: 0.25em 0 0;
      color: var(--_danger);
      font-weight: 600;
    }

    .actions {
      display: flex;
      gap: 0.5em;
      margin-block-start: 1em;
    }

    .print-only {
      display: none;
    }

    @media print {
      .slip {
        border: none;
        max-inline-size: none;
        padding: 0;
        color: #000000;
      }

      .actions,
      textarea,
      input,
      .hint {
        display: none;
      }

      .print-only {
        display: block;
        margin: 0.25em 0 0;
      }
    }
  `,
];
