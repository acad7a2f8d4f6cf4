import { css } from 'lit';
import { provisionalStyles } from '../controllers/provisional.js';
import { staffBaseStyles } from '../controllers/staff-base.styles.js';

/** Styles of `<cqtt-same-day-badge>`: an inline pill, and the conditions under it when disclosed. */
export const sameDayBadgeStyles = [
  staffBaseStyles,
  provisionalStyles,
  css`
    :host {
      display: inline-block;
    }

    .row {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }

    .badge {
      display: inline-flex;
      align-items: center;
      padding: 0.125em 0.625em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-weight: 600;
      background: var(--cqtt-badge-background, #ffffff);
      color: var(--_tone);
    }

    .icon {
      flex: none;
      margin-inline-end: 0.35em;
    }

    .badge[data-tone='ok'] {
      --_tone: var(--cqtt-badge-ok-color, var(--_success));
    }

    .badge[data-tone='warning'] {
      --_tone: var(--cqtt-badge-warning-color, #7a4a00);
    }

    .badge[data-tone='late'] {
      --_tone: var(--cqtt-badge-late-color, var(--_danger));
    }

    .badge[data-tone='neutral'] {
      --_tone: var(--cqtt-badge-neutral-color, #3b3b3b);
    }

    .conditions {
      margin: 0.5em 0 0;
      padding-inline-start: 1.25em;
    }
  `,
];
