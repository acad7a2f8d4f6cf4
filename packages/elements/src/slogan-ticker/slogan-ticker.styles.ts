import { css } from 'lit';

/** Styles of `<cqtt-slogan-ticker>`: a strip for staff pages, and a full-screen high-contrast LED layout. */
export const sloganTickerStyles = css`
  :host {
    --_background: var(--cqtt-ticker-background, #0b3d91);
    --_color: var(--cqtt-ticker-color, #ffffff);
    --_accent: var(--cqtt-ticker-accent, #ffd54f);
    --_font-size: var(--cqtt-ticker-font-size, 1.125rem);
    --_gap: var(--cqtt-ticker-gap, 3em);
    --_button-background: var(--cqtt-ticker-button-background, #ffffff);
    --_button-color: var(--cqtt-ticker-button-color, #0b3d91);
    display: block;
    box-sizing: border-box;
    background: var(--_background);
    color: var(--_color);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  :host([led]) {
    --_background: var(--cqtt-ticker-led-background, #000000);
    --_color: var(--cqtt-ticker-led-color, #ffffff);
    --_accent: var(--cqtt-ticker-led-accent, #ffeb3b);
    --_font-size: var(--cqtt-ticker-led-font-size, clamp(2rem, 6vmin, 5rem));
    --_button-background: var(--_color);
    --_button-color: var(--_background);
    display: flex;
    flex-direction: column;
    min-block-size: 100vh;
    min-block-size: 100dvh;
  }

  * {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .ticker {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.5em;
    font-size: var(--_font-size);
  }

  :host([led]) .ticker {
    margin-block-start: auto;
    padding: 0.4em 0.6em;
    border-block-start: 0.08em solid var(--_accent);
  }

  .viewport,
  .paged {
    flex: 1;
    min-inline-size: 0;
  }

  .viewport {
    overflow: hidden;
    container-type: inline-size;
  }

  .rail {
    display: flex;
    inline-size: max-content;
    will-change: transform;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rail ul {
    display: flex;
    flex: none;
  }

  .rail .track {
    min-inline-size: 100cqi;
  }

  .rail .item {
    flex: none;
    white-space: nowrap;
    padding-inline-end: var(--_gap);
  }

  li .icon,
  .kind {
    color: var(--_accent);
    font-weight: 700;
  }

  svg {
    vertical-align: -0.125em;
  }

  li svg {
    margin-inline-end: 0.3em;
  }

  .item:not([data-kind='slogan']) .text {
    font-weight: 700;
  }

  .item[data-kind='reminder'] .kind {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }

  .pager {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .page-number {
    font-variant-numeric: tabular-nums;
  }

  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    flex: none;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.25em 0.75em;
    border: 0.125rem solid var(--_button-color);
    border-radius: 0.375em;
    background: var(--_button-background);
    color: var(--_button-color);
    font: inherit;
    font-size: max(1rem, 0.75em);
    cursor: pointer;
  }

  :focus-visible {
    outline: 0.1875rem solid var(--cqtt-ticker-focus-color, #ffbf47);
    outline-offset: 0.125rem;
  }

  .board {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    padding: 2vmin 4vmin;
    text-align: center;
  }

  .board p {
    margin: 0;
  }

  .clock {
    color: var(--_accent);
    font-size: clamp(4rem, 18vmin, 14rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }

  .date {
    font-size: clamp(1.75rem, 6vmin, 4.5rem);
    font-weight: 700;
  }

  .lunar {
    font-size: clamp(1.5rem, 4.5vmin, 3.5rem);
  }

  .same-day {
    align-self: stretch;
    margin-block-start: 2vmin;
    text-align: start;
    font-size: clamp(1.25rem, 3.5vmin, 2.75rem);
  }

  .same-day h2 {
    margin: 0 0 0.5em;
    color: var(--_accent);
    font-size: 1.2em;
  }

  .same-day ul {
    columns: 2 20ch;
    column-gap: 2em;
  }

  .same-day li {
    break-inside: avoid;
    padding-block: 0.15em;
  }

  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
  }
`;
