import { css } from 'lit';

/** The five levels, each a face, a word and its radio: side by side when there is room, else a list. */
export const levelStyles = css`
  .levels {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.5rem;
  }
  .level {
    display: flex;
    flex-direction: row;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    padding: 0.5rem;
    border: 2px solid var(--cqtt-survey-level-border, #8a8a8a);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* Side by side when there is room for all five; a list on a phone or at 200% zoom. */
  @container (min-width: 34em) {
    .levels {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }
    .level {
      flex-direction: column;
      gap: 0.25rem;
      text-align: center;
    }
  }
  .level:has(input:checked) {
    border-color: var(--_accent);
    background: var(--cqtt-survey-selected-background, #e8f0fb);
  }
  .level:has(input:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .face-icon {
    width: calc(var(--_target) * 1.1);
    height: calc(var(--_target) * 1.1);
  }
  .face {
    stroke: currentColor;
    stroke-width: 2;
  }
  .level-5 .face {
    fill: var(--cqtt-survey-face-5, #6cc070);
  }
  .level-4 .face {
    fill: var(--cqtt-survey-face-4, #b5dc7a);
  }
  .level-3 .face {
    fill: var(--cqtt-survey-face-3, #f5d76e);
  }
  .level-2 .face {
    fill: var(--cqtt-survey-face-2, #f4a261);
  }
  .level-1 .face {
    fill: var(--cqtt-survey-face-1, #e76f51);
  }
  .feature {
    fill: currentColor;
  }
  .mouth {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  @media (forced-colors: active) {
    .level {
      border-color: CanvasText;
    }
    .level:has(input:checked) {
      border-color: Highlight;
      background: Canvas;
    }
    .level:has(input:focus-visible) {
      outline-color: Highlight;
    }
    .level .face {
      fill: Canvas;
      stroke: CanvasText;
    }
    .feature {
      fill: CanvasText;
    }
    .mouth {
      stroke: CanvasText;
    }
  }
`;
