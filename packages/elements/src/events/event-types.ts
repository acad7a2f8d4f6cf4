import './appointment-check.js';
import './apology-slip.js';
import './close-dossier.js';
import './report-export.js';
import './survey.js';
import './ticker-pause-change.js';

/** The element events of this package, by type: each is also in `HTMLElementEventMap`, so `e.detail` is typed. */
export type CqttEventType = {
  [K in keyof HTMLElementEventMap]: K extends `cqtt-${string}` ? K : never;
}[keyof HTMLElementEventMap];

/** The `detail` of one of the package's events. */
export type CqttEventDetail<K extends CqttEventType> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
