/** Detail of `cqtt-report-export` (`cqtt-report`): the CSV about to download. */
export interface ReportExportDetail {
  /** The table as CSV for Excel (UTF-8 with BOM, CRLF, quoted). */
  readonly csv: string;
  readonly filename: string;
}

declare global {
  interface HTMLElementEventMap {
    /** Cancelable: cancel it to handle the file yourself. */
    'cqtt-report-export': CustomEvent<ReportExportDetail>;
  }
}
