import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { Subject } from 'rxjs';
import { StreamController, type StreamState, defineElement } from '@cqtt/elements';

/** One controllable stream per input, counting who listens. */
const feeds = new Map<string, Subject<string>>();
const feedOf = (key: string) => {
  let feed = feeds.get(key);
  if (!feed) feeds.set(key, (feed = new Subject<string>()));
  return feed;
};

class InputProbe extends LitElement {
  static override properties = { key: { type: String } };
  declare key: string | undefined;
  /** What `willUpdate` saw, at each update. */
  readonly seenInWillUpdate: StreamState<string>[] = [];
  readonly data = new StreamController(this, {
    args: () => [this.key] as const,
    stream: ([key]) => (key ? feedOf(key) : undefined),
  });

  protected override willUpdate(): void {
    this.seenInWillUpdate.push(this.data.state);
  }

  override render() {
    const state = this.data.state;
    return litHtml`${state.status === 'ready' ? state.value : state.status}`;
  }
}
defineElement('cqtt-test-input-probe', InputProbe);

async function probe(key: string | undefined): Promise<InputProbe> {
  return fixture<InputProbe>(html`<cqtt-test-input-probe .key=${key}></cqtt-test-input-probe>`);
}

describe('StreamController', () => {
  beforeEach(() => feeds.clear());

  it('is idle without inputs, loads when they come, and renders each value of the stream', async () => {
    const el = await probe(undefined);
    expect(el.shadowRoot!.textContent).to.equal('idle');
    el.key = 'a';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('loading');
    feedOf('a').next('A1');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('A1');
    feedOf('a').next('A2');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('A2');
  });

  it('shows loading at once for a new input, never the previous input\'s value, even in willUpdate', async () => {
    const el = await probe('a');
    feedOf('a').next('A1');
    await el.updateComplete;
    el.seenInWillUpdate.length = 0;
    el.key = 'b';
    await el.updateComplete;
    expect(el.seenInWillUpdate).to.deep.equal([{ status: 'loading' }]);
    expect(el.shadowRoot!.textContent).to.equal('loading');
    expect(el.data.latest).to.equal(undefined);
  });

  it('closes the previous input\'s stream when the input changes, so its late values are never shown', async () => {
    const el = await probe('a');
    el.key = 'b';
    await el.updateComplete;
    expect(feedOf('a').observed).to.equal(false);
    expect(feedOf('b').observed).to.equal(true);
    feedOf('a').next('late A');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('loading');
  });

  it('keeps the value through a retry of the same input, and keeps the latest value through an error', async () => {
    const el = await probe('a');
    feedOf('a').next('A1');
    await el.updateComplete;
    el.data.retry();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('A1');
    feedOf('a').error(new Error('offline'));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('error');
    expect(el.data.latest).to.equal('A1');
    feeds.delete('a');
    el.data.retry();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('loading');
    expect(feedOf('a').observed).to.equal(true);
  });

  it('closes the stream when the element leaves the page and opens it again, with the same value, when it returns', async () => {
    const el = await probe('a');
    feedOf('a').next('A1');
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    expect(el.data.active).to.equal(false);
    expect(feedOf('a').observed).to.equal(false);
    parent.appendChild(el);
    expect(el.data.active).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('A1');
  });

  it('does not keep the value of an input changed while the element was away', async () => {
    const el = await probe('a');
    feedOf('a').next('A1');
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    el.key = 'b';
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('loading');
    expect(feedOf('a').observed).to.equal(false);
  });
});
