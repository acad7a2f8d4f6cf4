import { css } from 'lit';

/**
 * What the staff elements (same-day badge, Friday warning, closing reminder, apology slip) share: the host's font,
 * buttons, focus ring, the loading and error views, and the themable colours behind them.
 */
export const staffBaseStyles = css`
  :host {
    --_accent: var(--cqtt-staff-accent, #0b3d91);
    --_danger: var(--cqtt-staff-danger, #a4262c);
    --_success: var(--cqtt-staff-success, #1e6b34);
    --_focus: var(--cqtt-staff-focus-color, #ffbf47);
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.4;
  }

  :host([hidden]),
  :host([empty]) {
    display: none;
  }

  button {
    font: inherit;
    min-block-size: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background: var(--cqtt-staff-button-background, #ffffff);
    color: var(--cqtt-staff-button-color, var(--_accent));
    cursor: pointer;
  }

  button:focus-visible,
  [tabindex]:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .icon {
    margin-inline-end: 0.25em;
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: var(--_danger);
  }

  .loading {
    margin: 0;
    font-style: italic;
  }
`;
