/**
 * Raised when the props given to the application or a parcel are not usable. The message carries the
 * Vietnamese text first and the English second; `path` names the bad prop (e.g. `elements[1].tag`).
 * Nothing is mounted or changed when it is thrown.
 */
export class CqttPropsError extends Error {
  override readonly name = 'CqttPropsError';
  /** Where the bad value is, from the props' root, e.g. `api.baseUrl`. */
  readonly path: string;
  /** The problem in Vietnamese. */
  readonly vi: string;
  /** The problem in English. */
  readonly en: string;

  constructor(path: string, vi: string, en: string) {
    super(`cqtt: ${path}: ${vi} / ${en}`);
    this.path = path;
    this.vi = vi;
    this.en = en;
  }
}
