import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { mountRootParcel } from 'single-spa';
import * as lifecycles from '@cqtt/microfrontend';
import { UnknownElementError, registerElementLoader } from '@cqtt/microfrontend';
import { defineElement } from '@cqtt/elements';

class GreetingElement extends LitElement {
  static override properties = { name: { type: String } };
  declare name: string;
  override render() {
    return litHtml`Xin chào ${this.name}`;
  }
}
let loads = 0;
registerElementLoader('cqtt-test-greeting', () => {
  loads += 1;
  defineElement('cqtt-test-greeting', GreetingElement);
  return Promise.resolve();
});

describe('single-spa lifecycles', () => {
  it('mounts the configured elements as a parcel, updates them in place and removes them on unmount', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    const parcel = mountRootParcel(lifecycles, { domElement, elements: [{ tag: 'cqtt-test-greeting', properties: { name: 'Lan' } }] });
    await parcel.mountPromise;
    const first = domElement.querySelector<GreetingElement>('cqtt-test-greeting')!;
    await first.updateComplete;
    expect(first.shadowRoot!.textContent).to.contain('Xin chào Lan');

    await parcel.update!({ domElement, elements: [{ tag: 'cqtt-test-greeting', properties: { name: 'Minh' } }] });
    const same = domElement.querySelector<GreetingElement>('cqtt-test-greeting')!;
    expect(same).to.equal(first);
    await same.updateComplete;
    expect(same.shadowRoot!.textContent).to.contain('Xin chào Minh');

    await parcel.unmount();
    expect(domElement.children.length).to.equal(0);
  });

  it('mounts an application of single-spa-layout into the container the layout made for its name', async () => {
    const container = await fixture<HTMLDivElement>(html`<div id="single-spa-application:@cqtt/layout-app"></div>`);
    const props = { name: '@cqtt/layout-app', elements: [{ tag: 'cqtt-test-greeting', properties: { name: 'Hoa' } }] };
    await lifecycles.mount(props);
    const greeting = container.querySelector<GreetingElement>('cqtt-test-greeting')!;
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent).to.contain('Xin chào Hoa');
    await lifecycles.unmount(props);
    expect(container.children.length).to.equal(0);
    const nowhere = await lifecycles.mount({ name: '@cqtt/no-layout', elements: props.elements }).catch((error: unknown) => error);
    expect((nowhere as { path?: string }).path).to.equal('domElement');
  });

  it('loads an element\'s code once, however often it is mounted', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 3; i += 1) {
      await lifecycles.mount({ domElement, elements: [{ tag: 'cqtt-test-greeting' }] });
      await lifecycles.unmount({ domElement, elements: [] });
    }
    expect(loads).to.equal(1);
  });

  it('rejects an unknown tag with a typed error and leaves the page as it was', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    let error: unknown;
    try {
      await lifecycles.mount({ domElement, elements: [{ tag: 'cqtt-test-greeting' }, { tag: 'cqtt-nope' }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(UnknownElementError);
    expect(domElement.children.length).to.equal(0);
  });
});
