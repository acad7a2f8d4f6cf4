import { css } from 'lit';

/**
 * The kiosk's look, fetched only by a survey in kiosk mode: larger text, touch targets of at least 44 px (WCAG 2.5.5)
 * for every level, criterion and field, and on a wide screen one page with the follow-up question, no scrolling
 * (1366 × 768 is the common counter screen). At 200 % text or on a narrow screen it falls back to one column.
 */
export const kioskStyles = css`
  :host([kiosk]) {
    --_target: var(--cqtt-survey-target-size, 48px);
    font-size: var(--cqtt-survey-kiosk-font-size, 1.25em);
    line-height: 1.4;
  }
  /* The whole level is the radio: the face and the word are what the citizen touches. */
  :host([kiosk]) .level {
    position: relative;
  }
  :host([kiosk]) .level input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  :host([kiosk]) :is(.check, .consent) {
    padding-block: 0;
  }
  :host([kiosk]) :is(.check, .consent) input {
    width: var(--_target);
    height: var(--_target);
  }
  @container (min-width: 50em) {
    :host([kiosk]) .level {
      flex-direction: row;
      text-align: start;
      gap: 0.5rem;
    }
    :host([kiosk]) .face-icon {
      flex: none;
      width: var(--_target);
      height: var(--_target);
    }
    /* Levels and criteria across the screen; then the comment, the phone number, and the consent over the button. */
    :host([kiosk]) .stack {
      grid-template-columns: 2fr 1fr 1fr;
      align-items: start;
    }
    :host([kiosk]) :is(.stack > fieldset, #general-problem) {
      grid-column: 1 / -1;
    }
    :host([kiosk]) .field:is(:has(#comment), :has(#phone)) {
      grid-row: span 2;
    }
    :host([kiosk]) .criteria {
      display: grid;
      grid-template-columns: auto auto 1fr;
      column-gap: 2rem;
    }
    :host([kiosk]) .checks {
      grid-template-columns: 1fr;
    }
    /* Three lines to write in, whatever its rows say. */
    :host([kiosk]) textarea {
      min-height: 0;
      height: calc(4.2em + 1.1rem);
    }
  }
`;
