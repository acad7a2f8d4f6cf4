/**
 * Registers a custom element unless the tag is already taken. A portal may load two copies of the
 * plugin (an old script tag and a new single-spa bundle); the second must not throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
