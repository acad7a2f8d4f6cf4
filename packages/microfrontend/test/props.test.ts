import { expect, fixture, html } from '@open-wc/testing';
import { NEVER, of } from 'rxjs';
import type { PortalAdapter } from '@cqtt/core';
import { CqttPropsError, mount, sharedAdapter, unmount } from '@cqtt/microfrontend';

async function rejection(props: unknown): Promise<CqttPropsError> {
  try {
    await mount(props as never);
  } catch (error) {
    expect(error).to.be.instanceOf(CqttPropsError);
    return error as CqttPropsError;
  }
  throw new Error('mount accepted bad props');
}

const fakeAdapter = { dossier$: () => NEVER, serverTime$: of(0) } as unknown as PortalAdapter;

describe('props validation', () => {
  let domElement: HTMLDivElement;
  beforeEach(async () => {
    domElement = await fixture<HTMLDivElement>(html`<div></div>`);
  });

  const cases: readonly [string, (domElement: HTMLElement) => unknown, string][] = [
    ['no element list', (d) => ({ domElement: d }), 'elements'],
    ['an empty element list', (d) => ({ domElement: d, elements: [] }), 'elements'],
    ['a tag that is not a custom element name', (d) => ({ domElement: d, elements: [{ tag: 'survey' }] }), 'elements[0].tag'],
    ['properties that are not an object', (d) => ({ domElement: d, elements: [{ tag: 'cqtt-survey', properties: 'kiosk' }] }), 'elements[0].properties'],
    ['no DOM element', () => ({ elements: [{ tag: 'cqtt-survey' }] }), 'domElement'],
    ['both an adapter and an API configuration', (d) => ({ domElement: d, adapter: fakeAdapter, api: {}, elements: [{ tag: 'cqtt-survey' }] }), 'adapter'],
    ['an adapter without streams', (d) => ({ domElement: d, adapter: {}, elements: [{ tag: 'cqtt-survey' }] }), 'adapter'],
    ['a base URL that is neither a path nor http(s)', (d) => ({ domElement: d, api: { baseUrl: 'javascript:alert(1)' }, elements: [{ tag: 'cqtt-survey' }] }), 'api.baseUrl'],
    ['a token that is not a getter', (d) => ({ domElement: d, api: { token: 'Bearer x' }, elements: [{ tag: 'cqtt-survey' }] }), 'api.token'],
    ['a relative endpoint', (d) => ({ domElement: d, api: { endpoints: { dossier: 'dossiers/{id}' } }, elements: [{ tag: 'cqtt-survey' }] }), 'api.endpoints.dossier'],
    ['a national-portal flag that is not boolean', (d) => ({ domElement: d, api: { nationalPortal: 'yes' }, elements: [{ tag: 'cqtt-survey' }] }), 'api.nationalPortal'],
    ['an unsupported locale', (d) => ({ domElement: d, locale: 'fr', elements: [{ tag: 'cqtt-survey' }] }), 'locale'],
    ['an empty dossier id', (d) => ({ domElement: d, dossierId: ' ', elements: [{ tag: 'cqtt-survey' }] }), 'dossierId'],
    ['an agency code that is not text', (d) => ({ domElement: d, agencyCode: 12, elements: [{ tag: 'cqtt-survey' }] }), 'agencyCode'],
  ];
  for (const [what, props, path] of cases) {
    it(`refuses ${what}, naming ${path} in Vietnamese and English, and mounts nothing`, async () => {
      const error = await rejection(props(domElement));
      expect(error.name).to.equal('CqttPropsError');
      expect(error.path).to.equal(path);
      expect(error.vi).to.match(/[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/);
      expect(error.en).to.match(/^[\x20-\x7e]+$/);
      expect(error.message).to.contain(error.vi).and.contain(error.en);
      expect(domElement.childNodes.length).to.equal(0);
    });
  }

  it('refuses props that are not an object', async () => {
    expect((await rejection(null)).path).to.equal('props');
  });
});

describe('sharedAdapter', () => {
  it('gives one adapter per API configuration, so every element shares its requests', () => {
    const token = () => 'Bearer abc';
    const first = sharedAdapter({ baseUrl: 'https://motcua.example.gov.vn', token });
    expect(sharedAdapter({ baseUrl: 'https://motcua.example.gov.vn', token })).to.equal(first);
    expect(sharedAdapter({ baseUrl: 'https://motcua.example.gov.vn', token: () => 'Bearer other' })).not.to.equal(first);
    expect(sharedAdapter({ baseUrl: 'https://motcua.example.gov.vn', token, nationalPortal: true })).not.to.equal(first);
  });

  it('refuses a bad configuration with the typed error', () => {
    expect(() => sharedAdapter({ baseUrl: 'ftp://x' })).to.throw(CqttPropsError);
  });
});

describe('unmount', () => {
  it('refuses props without the DOM element with the typed error', async () => {
    let error: unknown;
    try {
      await unmount({ elements: [{ tag: 'cqtt-survey' }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(CqttPropsError);
    expect((error as CqttPropsError).path).to.equal('domElement');
  });
});
