import { css } from 'lit';

/** The survey's look: themable through custom properties and parts, in the host page's font. */
export const surveyStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font: inherit;
    color: var(--cqtt-survey-color, inherit);
    --_accent: var(--cqtt-survey-accent, #0b5cad);
    --_error: var(--cqtt-survey-error-color, #b3261e);
    --_radius: var(--cqtt-survey-radius, 0.5rem);
    --_target: var(--cqtt-survey-target-size, 44px);
    --_gap: var(--cqtt-survey-gap, 0.75rem);
  }
  :host([hidden]) {
    display: none;
  }
  .stack {
    display: grid;
    gap: var(--_gap);
  }
  .card {
    background: var(--cqtt-survey-background, transparent);
    border: var(--cqtt-survey-border, 1px solid currentColor);
    border-radius: var(--_radius);
    padding: var(--cqtt-survey-padding, 1rem);
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.5rem;
  }
  .criteria {
    display: grid;
    gap: 0.75rem;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    column-gap: 1rem;
  }
  .check,
  .consent {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    padding-block: 0.25rem;
    cursor: pointer;
  }
  .level input,
  .check input,
  .consent input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label.field-label {
    font-weight: 600;
  }
  textarea,
  input[type='tel'] {
    font: inherit;
    color: inherit;
    background: var(--cqtt-survey-input-background, #fff);
    min-height: var(--_target);
    box-sizing: border-box;
    width: 100%;
    padding: 0.5rem;
    border: 1px solid var(--cqtt-survey-input-border, #6b6b6b);
    border-radius: calc(var(--_radius) / 2);
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  textarea:focus-visible,
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .hint,
  .counter {
    font-size: 0.9em;
  }
  .counter.over {
    color: var(--_error);
    font-weight: 600;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--cqtt-survey-button-color, #fff);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .notice {
    border-left: 4px solid var(--_accent);
    padding-left: 0.5rem;
  }
  .notice.warn {
    border-color: var(--_error);
  }
  .idle {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .qr {
    display: grid;
    justify-items: start;
    gap: 0.25rem;
  }
  .qr svg {
    width: var(--cqtt-survey-qr-size, 10rem);
    height: auto;
    forced-color-adjust: none;
  }
  .qr-url {
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  .loading {
    animation: appear 0s 300ms both;
  }
  @keyframes appear {
    from {
      visibility: hidden;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--cqtt-survey-link-color, var(--_accent));
  }
  @media (forced-colors: active) {
    .card,
    .idle,
    textarea,
    input[type='tel'] {
      border-color: CanvasText;
    }
    textarea:focus-visible,
    input:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    [aria-invalid='true'],
    .notice.warn,
    .idle {
      border-color: Mark;
    }
    .error,
    .counter.over {
      color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading {
      animation: none;
    }
  }
`;
