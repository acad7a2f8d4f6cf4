/** Detail of `cqtt-close-dossier` (`cqtt-closing-reminder`): the staff asked to close the dossier. */
export interface CloseDossierDetail {
  readonly dossierId: string;
  /**
   * The host closes the dossier in its portal and passes the outcome: a promise that resolves when the dossier is
   * closed, or rejects with the error (a `PortalError` gets its own sentence). Call it during the event's dispatch.
   */
  readonly respond: (outcome: PromiseLike<unknown>) => void;
}

declare global {
  interface HTMLElementEventMap {
    'cqtt-close-dossier': CustomEvent<CloseDossierDetail>;
  }
}
