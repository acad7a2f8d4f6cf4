import { loadElement } from './element-loaders.js';
import { CqttPropsError } from './props-error.js';
import { type CqttProps, type ElementSpec, containerOf, validateProps } from './props.js';
import { adapterFor } from './shared-adapter.js';

export type { CqttProps, ElementSpec } from './props.js';

const mounted = new WeakMap<HTMLElement, HTMLElement[]>();
/** The mount in progress per container (its code still loading); an unmount meanwhile cancels it. */
const pending = new WeakMap<HTMLElement, symbol>();

/** Sets the shared props the element declares (an element without `dossierId` does not get one), then its own. */
function assign(element: HTMLElement, props: CqttProps, spec: ElementSpec): void {
  const shared: Readonly<Record<string, unknown>> = {
    adapter: adapterFor(props),
    locale: props.locale,
    agencyCode: props.agencyCode,
    dossierId: props.dossierId,
  };
  for (const [key, value] of Object.entries(shared)) {
    if (value !== undefined && key in element) Reflect.set(element, key, value);
  }
  for (const [key, value] of Object.entries(spec.properties ?? {})) Reflect.set(element, key, value);
}

/** Nothing to prepare: the element code loads at mount, only for the tags a page uses. */
export function bootstrap(): Promise<void> {
  return Promise.resolve();
}

/**
 * Creates the configured elements inside `props.domElement`, loading each element's code on demand.
 * Bad props are refused with `CqttPropsError`, an unknown tag with `UnknownElementError`, before anything is added;
 * so is a second mount into the same element. An `unmount` while the code loads cancels the mount.
 */
export async function mount(props: CqttProps): Promise<void> {
  validateProps(props);
  const container = containerOf(props);
  if (mounted.has(container) || pending.has(container)) {
    throw new CqttPropsError('domElement', 'đã có tiện ích gắn vào phần tử này; hãy unmount trước', 'already has the plugin mounted; unmount it first');
  }
  const token = Symbol('mount');
  pending.set(container, token);
  try {
    await Promise.all(props.elements.map((spec) => loadElement(spec.tag)));
  } catch (error) {
    if (pending.get(container) === token) pending.delete(container);
    throw error;
  }
  if (pending.get(container) !== token) return;
  pending.delete(container);
  const created = props.elements.map((spec) => {
    const element = document.createElement(spec.tag);
    assign(element, props, spec);
    return element;
  });
  container.append(...created);
  mounted.set(container, created);
}

/** Sets new properties on the mounted elements, in place: nothing is recreated, so no state is lost. */
export function update(props: CqttProps): Promise<void> {
  try {
    validateProps(props);
    const created = mounted.get(containerOf(props)) ?? [];
    const same = created.length === props.elements.length && props.elements.every((spec, index) => created[index]?.localName === spec.tag);
    if (!same) {
      throw new CqttPropsError('elements', 'update chỉ đổi thuộc tính, không đổi danh sách phần tử; hãy unmount rồi mount', 'update changes properties, not the element list; unmount and mount instead');
    }
    props.elements.forEach((spec, index) => assign(created[index]!, props, spec));
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Removes what `mount` created; each element's disconnect releases its subscriptions, timers and animations. */
export function unmount(props: CqttProps): Promise<void> {
  try {
    const container = containerOf(props);
    pending.delete(container);
    for (const element of mounted.get(container) ?? []) element.remove();
    mounted.delete(container);
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
