import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { mountRootParcel } from 'single-spa';
import { NEVER, of } from 'rxjs';
import type { PortalAdapter } from '@cqtt/core';
import * as lifecycles from '@cqtt/microfrontend';
import { CqttPropsError, createParcel, parcels, registerElementLoader, sharedAdapter } from '@cqtt/microfrontend';
import { defineElement } from '@cqtt/elements';

class DossierNote extends LitElement {
  static override properties = { adapter: { attribute: false }, dossierId: { type: String }, locale: { type: String }, tone: { type: String } };
  declare adapter: PortalAdapter | undefined;
  declare dossierId: string | undefined;
  declare locale: string | undefined;
  declare tone: string | undefined;
  override render() {
    return litHtml`Hồ sơ ${this.dossierId} (${this.tone})`;
  }
}
registerElementLoader('cqtt-test-dossier-note', () => {
  defineElement('cqtt-test-dossier-note', DossierNote);
  return Promise.resolve();
});

const adapter = { dossier$: () => NEVER, serverTime$: of(0) } as unknown as PortalAdapter;

describe('parcels', () => {
  it('has a parcel per built-in element, named after it', () => {
    expect(parcels.sloganTickerParcel.name).to.equal('cqtt:cqtt-slogan-ticker');
    expect(parcels.surveyParcel.name).to.equal('cqtt:cqtt-survey');
    expect(parcels.sameDayBadgeParcel.name).to.equal('cqtt:cqtt-same-day-badge');
    expect(parcels.fridayWarningParcel.name).to.equal('cqtt:cqtt-friday-warning');
    expect(parcels.closingReminderParcel.name).to.equal('cqtt:cqtt-closing-reminder');
    expect(parcels.apologySlipParcel.name).to.equal('cqtt:cqtt-apology-slip');
  });

  it('mounts one element with the shared props and its own, updates it in place, and leaves nothing on unmount', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    const parcel = mountRootParcel(createParcel('cqtt-test-dossier-note'), { domElement, adapter, dossierId: 'PL-1', locale: 'en', properties: { tone: 'calm' } });
    await parcel.mountPromise;
    const note = domElement.querySelector<DossierNote>('cqtt-test-dossier-note')!;
    expect(note.adapter).to.equal(adapter);
    expect(note.locale).to.equal('en');
    await note.updateComplete;
    expect(note.shadowRoot!.textContent).to.contain('Hồ sơ PL-1 (calm)');

    await parcel.update!({ domElement, adapter, dossierId: 'PL-2', properties: { tone: 'urgent' } });
    expect(domElement.querySelector('cqtt-test-dossier-note')).to.equal(note);
    await note.updateComplete;
    expect(note.shadowRoot!.textContent).to.contain('Hồ sơ PL-2 (urgent)');

    await parcel.unmount();
    expect(domElement.childNodes.length).to.equal(0);
  });

  it('gives the shared adapter built from an API configuration, and only to elements that declare it', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    const api = { baseUrl: '/portal' };
    await lifecycles.mount({ domElement, api, agencyCode: 'thi-xa', elements: [{ tag: 'cqtt-test-dossier-note' }] });
    const note = domElement.querySelector<DossierNote>('cqtt-test-dossier-note')!;
    expect(note.adapter).to.equal(sharedAdapter(api));
    expect(Object.hasOwn(note, 'agencyCode')).to.equal(false);
    await lifecycles.unmount({ domElement, elements: [{ tag: 'cqtt-test-dossier-note' }] });
  });

  it('refuses an update that changes the element list, and keeps the mounted element', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    await lifecycles.mount({ domElement, elements: [{ tag: 'cqtt-test-dossier-note' }] });
    const note = domElement.querySelector('cqtt-test-dossier-note');
    let error: unknown;
    try {
      await lifecycles.update({ domElement, elements: [{ tag: 'cqtt-test-dossier-note' }, { tag: 'cqtt-test-dossier-note' }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(CqttPropsError);
    expect((error as CqttPropsError).path).to.equal('elements');
    expect(domElement.querySelector('cqtt-test-dossier-note')).to.equal(note);
    await lifecycles.unmount({ domElement, elements: [{ tag: 'cqtt-test-dossier-note' }] });
  });
});

describe('mount and unmount without single-spa', () => {
  it('refuses a second mount into the same element, keeping the first', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    await lifecycles.mount({ domElement, elements: [{ tag: 'cqtt-test-dossier-note' }] });
    let error: unknown;
    try {
      await lifecycles.mount({ domElement, elements: [{ tag: 'cqtt-test-dossier-note' }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(CqttPropsError);
    expect(domElement.children.length).to.equal(1);
    await lifecycles.unmount({ domElement, elements: [{ tag: 'cqtt-test-dossier-note' }] });
    expect(domElement.children.length).to.equal(0);
  });

  it('cancels a mount still loading its code when unmount comes first', async () => {
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    let finishLoading = () => {};
    registerElementLoader('cqtt-test-slow-note', () => new Promise<void>((resolve) => (finishLoading = () => {
      defineElement('cqtt-test-slow-note', class extends DossierNote {});
      resolve();
    })));
    const mounting = lifecycles.mount({ domElement, elements: [{ tag: 'cqtt-test-slow-note' }] });
    await lifecycles.unmount({ domElement, elements: [{ tag: 'cqtt-test-slow-note' }] });
    finishLoading();
    await mounting;
    expect(domElement.children.length).to.equal(0);
    await lifecycles.mount({ domElement, elements: [{ tag: 'cqtt-test-slow-note' }] });
    expect(domElement.children.length).to.equal(1);
    await lifecycles.unmount({ domElement, elements: [{ tag: 'cqtt-test-slow-note' }] });
  });
});
