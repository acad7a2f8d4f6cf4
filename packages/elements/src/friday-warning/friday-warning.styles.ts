import { css } from 'lit';
import { provisionalStyles } from '../controllers/provisional.js';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/** Styles of `<cqtt-friday-warning>`: a bordered box for a violation, a line for the standing information. */
export const fridayWarningStyles = [
  staffBaseStyles,
  provisionalStyles,
  css`
    .warning {
      padding: 0.75em 1em;
      border: 2px solid var(--cqtt-warning-border, var(--_danger));
      border-inline-start-width: 0.5em;
      border-radius: 0.25em;
      background: var(--cqtt-warning-background, #fff4e5);
      color: #1a1a1a;
    }

    .warning p {
      margin: 0 0 0.5em;
    }

    .title {
      font-weight: 700;
      color: var(--_danger);
    }

    .info {
      margin: 0;
    }

    .info .icon {
      color: var(--_success);
    }
  `,
];
