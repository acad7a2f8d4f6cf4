import { css } from 'lit';
import { provisionalStyles } from '../controllers/provisional.js';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/**
 * Styles of `<cqtt-apology-slip>`: the Mẫu 04 layout (agency and national motto side by side, centred title,
 * signature block on the right), paper-like on screen, and on paper the document alone, without controls.
 */
export const apologySlipStyles = [
  staffBaseStyles,
  provisionalStyles,
  css`
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--_accent);
      min-block-size: 1.75rem;
    }

    .slip {
      max-inline-size: 46em;
      margin-block-start: 0.5em;
      padding: 1.5em 2em;
      border: 1px solid var(--cqtt-slip-border, #6b6b6b);
      background: var(--cqtt-slip-background, #ffffff);
      color: #1a1a1a;
    }

    /* Vietnamese letters (ư, ơ, ờ…) missing from the first face are taken from a serif face that has them. */
    .slip,
    .slip :is(p, dl, label, textarea, input) {
      font-family: 'Times New Roman', Times, 'Noto Serif', 'DejaVu Serif', serif;
    }

    header,
    footer {
      display: grid;
      grid-template-columns: 2fr 3fr;
      gap: 1em;
      text-align: center;
    }

    header p,
    footer p {
      margin: 0;
    }

    .upper,
    h2 {
      font-weight: 700;
      text-transform: uppercase;
    }

    .motto {
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }

    .date {
      margin-block-start: 0.5em;
      font-style: italic;
    }

    h2 {
      margin: 1.25em 0 0.75em;
      font-size: 1.1em;
      text-align: center;
    }

    .to {
      text-align: center;
    }

    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
      margin-inline-start: 1.5em;
    }

    dd {
      margin: 0;
    }

    label {
      display: block;
      margin-block-start: 0.75em;
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

    footer {
      margin-block-start: 1.5em;
      white-space: pre-line;
    }

    .recipients {
      text-align: start;
      font-size: 0.9em;
    }

    .actions {
      display: flex;
      gap: 0.5em;
      margin-block-start: 1.5em;
      font-family: initial;
    }

    .print-only {
      display: none;
    }

    @media print {
      .slip {
        border: none;
        max-inline-size: none;
        margin: 0;
        padding: 0;
        color: #000000;
        font-size: 13pt;
      }

      summary,
      .actions,
      textarea,
      input,
      .hint,
      .field-error {
        display: none;
      }

      .print-only {
        display: block;
        margin: 0.25em 0 0;
      }
    }
  `,
];

/**
 * The host page's side of printing: on A4, and only the element marked `cqtt-printing` (and what contains it),
 * whatever the page's own styles. Adopted once, on the first print.
 */
const pagePrintSheet = css`
  @media print {
    @page {
      size: A4;
      margin: 20mm 15mm 20mm 30mm;
    }

    body:has([cqtt-printing]) :not(:has([cqtt-printing])):not([cqtt-printing]) {
      display: none !important;
    }
  }
`;

export function adoptPagePrintSheet(): void {
  const sheet = pagePrintSheet.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
