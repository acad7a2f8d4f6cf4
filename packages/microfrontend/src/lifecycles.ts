import { loadElement } from './element-loaders.js';

/** One element to place in the application's DOM element, with the properties to set on it. */
export interface ElementSpec {
  readonly tag: string;
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** The props single-spa passes to the application (`customProps` plus its own). */
export interface CqttProps {
  readonly name?: string;
  readonly domElement?: HTMLElement;
  readonly elements: readonly ElementSpec[];
}

const mounted = new WeakMap<HTMLElement, HTMLElement[]>();

function containerOf(props: CqttProps): HTMLElement {
  if (!props.domElement) throw new TypeError('cqtt: props.domElement is required (single-spa provides it for applications and parcels).');
  return props.domElement;
}

function assign(element: HTMLElement, properties: ElementSpec['properties']): void {
  for (const [key, value] of Object.entries(properties ?? {})) {
    Reflect.set(element, key, value);
  }
}

export function bootstrap(): Promise<void> {
  return Promise.resolve();
}

/** Creates the configured elements inside `props.domElement`, loading each element's code on demand. */
export async function mount(props: CqttProps): Promise<void> {
  const container = containerOf(props);
  await Promise.all(props.elements.map((spec) => loadElement(spec.tag)));
  const created = props.elements.map((spec) => {
    const element = document.createElement(spec.tag);
    assign(element, spec.properties);
    return element;
  });
  container.append(...created);
  mounted.set(container, created);
}

/** Sets new properties on the mounted elements, in place: nothing is recreated. */
export function update(props: CqttProps): Promise<void> {
  const created = mounted.get(containerOf(props)) ?? [];
  props.elements.forEach((spec, index) => {
    const element = created[index];
    if (element?.localName === spec.tag) assign(element, spec.properties);
  });
  return Promise.resolve();
}

/** Removes what `mount` created; the elements' own disconnect callbacks release their resources. */
export function unmount(props: CqttProps): Promise<void> {
  const container = containerOf(props);
  for (const element of mounted.get(container) ?? []) element.remove();
  mounted.delete(container);
  return Promise.resolve();
}
