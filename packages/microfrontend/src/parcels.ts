import { bootstrap, mount, unmount, update } from './lifecycles.js';
import type { CqttProps, SharedProps } from './props.js';

/** The props of a one-element parcel: the shared ones, where to mount, and the element's own properties. */
export interface ElementParcelProps extends SharedProps {
  readonly domElement?: HTMLElement;
  readonly name?: string;
  /** Properties of this element only, e.g. `{ kiosk: true }` for the survey. */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** A single-spa parcel config that mounts one element; usable with `mountParcel` or `mountRootParcel`. */
export interface ElementParcel {
  readonly name: string;
  bootstrap(): Promise<void>;
  mount(props: ElementParcelProps): Promise<void>;
  update(props: ElementParcelProps): Promise<void>;
  unmount(props: ElementParcelProps): Promise<void>;
}

function asApplicationProps(tag: string, props: ElementParcelProps): CqttProps {
  const { properties, ...shared } = props;
  return { ...shared, elements: [{ tag, ...(properties ? { properties } : {}) }] };
}

/** A parcel for one element, for a host that places the element in its own page, e.g. `createParcel('cqtt-survey')`. */
export function createParcel(tag: string): ElementParcel {
  return {
    name: `cqtt:${tag}`,
    bootstrap,
    mount: (props) => mount(asApplicationProps(tag, props)),
    update: (props) => update(asApplicationProps(tag, props)),
    unmount: (props) => unmount(asApplicationProps(tag, props)),
  };
}

/** A parcel per built-in element: `parcels.surveyParcel`, `parcels.sloganTickerParcel`, … */
export const parcels = {
  sloganTickerParcel: createParcel('cqtt-slogan-ticker'),
  surveyParcel: createParcel('cqtt-survey'),
  sameDayBadgeParcel: createParcel('cqtt-same-day-badge'),
  fridayWarningParcel: createParcel('cqtt-friday-warning'),
  closingReminderParcel: createParcel('cqtt-closing-reminder'),
  apologySlipParcel: createParcel('cqtt-apology-slip'),
} as const satisfies Readonly<Record<string, ElementParcel>>;
