/**
 * The ticker's motion: one Web Animation of `transform: translateX` (compositor only, no layout), from 0 to
 * minus the width of one copy of the track, at a constant speed. The track is rendered twice side by side, so
 * the end of a pass looks exactly like its start and the loop is seamless. Each pass is one iteration; at its
 * end `onLoopEnd` decides whether to apply new content (and start again) or simply replay.
 */
export class TickerLoop {
  private animation: Animation | undefined;
  private distance = 0;
  private speed = 0;

  constructor(private readonly onLoopEnd: () => void) {}

  /** The running (or paused) animation, if any. */
  get current(): Animation | undefined {
    return this.animation;
  }

  /**
   * Runs the loop over `distance` pixels at `speed` pixels per second. Nothing changes when both are the same
   * as the running loop's; otherwise the loop restarts at the same fraction of a pass (a resize, a new speed).
   */
  run(rail: HTMLElement, distance: number, speed: number, paused: boolean): void {
    if (this.animation && this.distance === distance && this.speed === speed) {
      this.setPaused(paused);
      return;
    }
    const progress = this.animation?.effect?.getComputedTiming().progress ?? 0;
    this.stop();
    const duration = (distance / speed) * 1000;
    const animation = rail.animate([{ transform: 'translateX(0)' }, { transform: `translateX(${-distance}px)` }], {
      duration,
      easing: 'linear',
      iterations: 1,
    });
    animation.currentTime = progress * duration;
    animation.addEventListener('finish', this.onFinish);
    if (paused) animation.pause();
    this.animation = animation;
    this.distance = distance;
    this.speed = speed;
  }

  /** Starts the next pass from the beginning, with the same content. */
  replay(): void {
    this.animation?.play();
  }

  setPaused(paused: boolean): void {
    const animation = this.animation;
    if (!animation) return;
    if (paused && animation.playState === 'running') animation.pause();
    if (!paused && animation.playState === 'paused') animation.play();
  }

  /** Cancels the animation: nothing keeps running once the element leaves the page or stops moving. */
  stop(): void {
    this.animation?.removeEventListener('finish', this.onFinish);
    this.animation?.cancel();
    this.animation = undefined;
    this.distance = 0;
    this.speed = 0;
  }

  private readonly onFinish = (): void => {
    this.onLoopEnd();
  };
}
