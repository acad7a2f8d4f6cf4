/** Loads the module that defines a tag. Built-in elements are loaded lazily, each in its own chunk. */
export type ElementLoader = () => Promise<unknown>;

const loaders = new Map<string, ElementLoader>();

/** Raised when the configuration names a tag that no loader defines. `tag` is the unknown tag. */
export class UnknownElementError extends Error {
  override readonly name = 'UnknownElementError';
  constructor(readonly tag: string) {
    const known = [...loaders.keys()].join(', ') || '—';
    super(`cqtt: Không có phần tử <${tag}> (có: ${known}). / Unknown element <${tag}> (known: ${known}).`);
  }
}

/** Adds a loader for a tag: the built-in elements register theirs; an integrator may add their own. */
export function registerElementLoader(tag: string, loader: ElementLoader): void {
  loaders.set(tag, loader);
}

/** Whether a tag can be mounted: it is defined already, or a loader knows how to define it. */
export function isElementAvailable(tag: string): boolean {
  return customElements.get(tag) !== undefined || loaders.has(tag);
}

/** Makes sure a tag is defined, loading its module the first time. */
export async function loadElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return;
  const loader = loaders.get(tag);
  if (!loader) throw new UnknownElementError(tag);
  await loader();
  await customElements.whenDefined(tag);
}
