import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { Subject } from 'rxjs';
import { LocaleController, ObservableController, defineElement } from '@cqtt/elements';

const catalog = {
  vi: { state: 'Đang tải', value: 'Giá trị: {value}' },
  en: { state: 'Loading', value: 'Value: {value}' },
};

const feed = new Subject<number>();

class ProbeElement extends LitElement {
  static override properties = { locale: { type: String } };
  declare locale: string | undefined;
  readonly messages = new LocaleController(this, catalog);
  readonly data = new ObservableController(this, () => feed);

  override render() {
    const state = this.data.state;
    return litHtml`<p>${state.status === 'ready' ? this.messages.t('value', { value: state.value }) : this.messages.t('state')}</p>`;
  }
}
defineElement('cqtt-test-probe', ProbeElement);

describe('defineElement', () => {
  it('lets a second copy of the bundle register the same tag without throwing', () => {
    class Another extends LitElement {}
    expect(() => defineElement('cqtt-test-probe', Another)).not.to.throw();
    expect(customElements.get('cqtt-test-probe')).to.equal(ProbeElement);
  });
});

describe('LocaleController', () => {
  it('speaks Vietnamese by default', async () => {
    const el = await fixture<ProbeElement>(html`<cqtt-test-probe></cqtt-test-probe>`);
    expect(el.shadowRoot!.textContent).to.contain('Đang tải');
  });

  it('follows the nearest lang attribute of the page', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><cqtt-test-probe></cqtt-test-probe></div>`);
    const el = wrapper.querySelector<ProbeElement>('cqtt-test-probe')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Loading');
  });

  it('lets the locale property override the page language', async () => {
    const wrapper = await fixture(html`<div lang="en"><cqtt-test-probe locale="vi"></cqtt-test-probe></div>`);
    const el = wrapper.querySelector<ProbeElement>('cqtt-test-probe')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Đang tải');
  });
});

describe('ObservableController', () => {
  it('renders each value the stream emits', async () => {
    const el = await fixture<ProbeElement>(html`<cqtt-test-probe></cqtt-test-probe>`);
    feed.next(42);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Giá trị: 42');
  });

  it('closes the subscription when the element leaves the page and reopens it when it returns', async () => {
    const el = await fixture<ProbeElement>(html`<cqtt-test-probe></cqtt-test-probe>`);
    expect(el.data.active).to.equal(true);
    const parent = el.parentNode!;
    el.remove();
    expect(el.data.active).to.equal(false);
    expect(feed.observed).to.equal(false);
    parent.appendChild(el);
    expect(el.data.active).to.equal(true);
  });

  it('reports an error from the stream as its state', async () => {
    const failing = new Subject<number>();
    class FailingProbe extends LitElement {
      readonly data = new ObservableController(this, () => failing);
      override render() {
        return litHtml`${this.data.state.status}`;
      }
    }
    defineElement('cqtt-test-failing-probe', FailingProbe);
    const el = await fixture<FailingProbe>(html`<cqtt-test-failing-probe></cqtt-test-failing-probe>`);
    expect(el.data.state.status).to.equal('loading');
    failing.error(new Error('offline'));
    await el.updateComplete;
    expect(el.data.state.status).to.equal('error');
    expect(el.shadowRoot!.textContent).to.contain('error');
  });
});
