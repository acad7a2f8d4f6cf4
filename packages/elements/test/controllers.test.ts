import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { Subject, of, toArray } from 'rxjs';
import { LocaleController, StreamController, defineElement } from '@cqtt/elements';
import { latestOf } from '../src/controllers/latest-of.js';

const catalog = {
  vi: { state: 'Đang tải', value: 'Giá trị: {value}' },
  en: { state: 'Loading', value: 'Value: {value}' },
};

const feed = new Subject<number>();

class ProbeElement extends LitElement {
  static override properties = { locale: { type: String } };
  declare locale: string | undefined;
  readonly messages = new LocaleController(this, catalog);
  readonly data = new StreamController(this, { args: () => [], stream: () => feed });

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

describe('StreamController without inputs', () => {
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
      readonly data = new StreamController(this, { args: () => [], stream: () => failing });
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

describe('latestOf', () => {
  it('waits for a value of every stream, then gives the latest of each at every value', () => {
    const numbers = new Subject<number>();
    const words = new Subject<string>();
    const seen: (readonly [number, string])[] = [];
    latestOf([numbers, words]).subscribe((pair) => seen.push(pair));
    numbers.next(1);
    numbers.next(2);
    expect(seen).to.deep.equal([]);
    words.next('a');
    numbers.next(3);
    words.next('b');
    expect(seen).to.deep.equal([
      [2, 'a'],
      [3, 'a'],
      [3, 'b'],
    ]);
  });

  it('completes when every stream has completed, errors with the first error, and unsubscribes from all', () => {
    const open = new Subject<number>();
    let completed = false;
    latestOf([of(1), open]).subscribe({ complete: () => (completed = true) });
    open.next(2);
    expect(completed).to.equal(false);
    open.complete();
    expect(completed).to.equal(true);

    const failing = new Subject<number>();
    const other = new Subject<number>();
    let error: unknown;
    latestOf([failing, other]).subscribe({ error: (e: unknown) => (error = e) });
    failing.error(new Error('offline'));
    expect((error as Error).message).to.equal('offline');
    expect(other.observed).to.equal(false);

    const left = new Subject<number>();
    latestOf([left, of(1)]).subscribe().unsubscribe();
    expect(left.observed).to.equal(false);
  });

  it('emits synchronous values like combineLatest, and completes at once with no streams', () => {
    let values: unknown;
    latestOf([of(1, 2), of('x')]).pipe(toArray()).subscribe((all) => (values = all));
    expect(values).to.deep.equal([[2, 'x']]);
    let completed = false;
    latestOf([]).subscribe({ complete: () => (completed = true) });
    expect(completed).to.equal(true);
  });
});
