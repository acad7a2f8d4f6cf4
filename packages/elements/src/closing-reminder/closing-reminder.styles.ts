import { css } from 'lit';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/** Styles of `<cqtt-closing-reminder>`: a reminder box with its action and outcome. */
export const closingReminderStyles = [
  staffBaseStyles,
  css`
    .reminder {
      padding: 0.75em 1em;
      border: 2px solid var(--cqtt-reminder-border, var(--_accent));
      border-radius: 0.25em;
      background: var(--cqtt-reminder-background, #eef4ff);
      color: #1a1a1a;
    }

    .reminder p {
      margin: 0 0 0.5em;
    }

    .title {
      font-weight: 700;
    }

    [part='outcome'][data-outcome='done'] {
      color: var(--_success);
    }

    [part='outcome'][data-outcome='failed'] {
      color: var(--_danger);
    }

    [part='outcome']:empty {
      margin: 0;
    }
  `,
];
