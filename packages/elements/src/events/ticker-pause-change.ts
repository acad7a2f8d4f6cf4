/** Detail of `cqtt-ticker-pause-change` (`cqtt-slogan-ticker`): the user paused or resumed the motion. */
export interface TickerPauseChangeDetail {
  readonly paused: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'cqtt-ticker-pause-change': CustomEvent<TickerPauseChangeDetail>;
  }
}
