import type { ReactiveController, ReactiveElement } from 'lit';

/** Where focus goes after the next render: the new screen's heading, or the first field to correct. */
export type FocusTarget = 'title' | 'first-problem';

/**
 * Moves focus where a keyboard or screen-reader user needs it after a change of screen, and to the kiosk's
 * "are you still there?" warning while it is up, giving focus back to where it was when the citizen continues.
 */
export class SurveyFocusController implements ReactiveController {
  private target: FocusTarget | undefined;
  private beforeWarning: HTMLElement | undefined;
  private warningShown = false;

  constructor(
    private readonly host: ReactiveElement & { readonly shadowRoot: ShadowRoot | null },
    /** Whether the warning is up. */
    private readonly warning: () => boolean,
    /** The first field the citizen must correct, in the order of the form. */
    private readonly firstProblem: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** Focus `target` after the next render. */
  request(target: FocusTarget): void {
    this.target = target;
    this.host.requestUpdate();
  }

  /** Focus `target` after the next render only when focus is inside the survey now (a kiosk reset, say). */
  requestIfInside(target: FocusTarget): void {
    if (this.host.shadowRoot?.activeElement != null) this.request(target);
  }

  /** The citizen is still there: focus goes back to where it was before the warning. */
  continueAfterWarning(): void {
    const previous = this.beforeWarning;
    this.beforeWarning = undefined;
    previous?.focus();
  }

  /** Nothing of the last citizen's screen is focused again. */
  forget(): void {
    this.beforeWarning = undefined;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const warning = this.warning();
    if (warning && !this.warningShown) {
      const active = root?.activeElement;
      this.beforeWarning = active instanceof HTMLElement ? active : undefined;
      root?.querySelector<HTMLElement>('#idle-continue')?.focus();
    }
    this.warningShown = warning;
    const target = this.target;
    this.target = undefined;
    if (target === 'title') root?.querySelector<HTMLElement>('h2')?.focus();
    if (target === 'first-problem') this.firstProblem()?.focus();
  }
}
