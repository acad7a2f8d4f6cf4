import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/survey/define.js';
import type { CqttSurvey } from '../src/survey/cqtt-survey.js';
import { defaultOutboxName } from '../src/survey/outbox/outbox.js';
import { FakeClock, TestPortal, deleteDatabase, returnedDossier } from './survey-fakes.js';

// Issue 19, item 4: the kiosk at the counter fits one 1366 × 768 screen with the follow-up question shown, every
// target a finger touches is at least 44 × 44 px (WCAG 2.5.5), and large text still shows everything.

const minimumTarget = 44;

async function kioskForm(width: number, height: number, fontSize = '16px'): Promise<CqttSurvey> {
  await setViewport({ width, height });
  const portal = new TestPortal({ hotline: false });
  const el = await fixture<CqttSurvey>(html`<div style="font-size: ${fontSize}; margin: 0">
    <cqtt-survey kiosk dossier-id=${returnedDossier.id} .adapter=${portal.adapter()} .clock=${new FakeClock()}></cqtt-survey>
  </div>`).then((wrapper) => wrapper.querySelector('cqtt-survey')!);
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form shows');
  // The kiosk's layout is fetched in kiosk mode only, after the first render: measure once it is adopted.
  const ownSheets = (el.constructor as typeof CqttSurvey).elementStyles.length;
  await waitUntil(() => el.shadowRoot!.adoptedStyleSheets.length > ownSheets, 'the kiosk layout is never adopted');
  // A dissatisfied citizen is asked the follow-up question: what did the staff not do well.
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="level"]')[3]!.click();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(10);
  return el;
}

/** Every control a finger touches: the five levels, the criteria, the fields, the consent and the button. */
function targets(el: CqttSurvey): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, textarea, button')];
}

function describe1(element: HTMLElement): string {
  const box = element.getBoundingClientRect();
  return `${element.localName}[${element.getAttribute('type') ?? element.id}] ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`;
}

describe('<cqtt-survey kiosk> on the counter\'s screen', () => {
  beforeEach(() => deleteDatabase(defaultOutboxName));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await deleteDatabase(defaultOutboxName);
  });

  it('fits one 1366 × 768 screen with the follow-up question, with every touch target at least 44 × 44 px', async () => {
    const el = await kioskForm(1366, 768);
    await waitUntil(() => el.getBoundingClientRect().height <= 768, `the kiosk is ${el.getBoundingClientRect().height.toFixed(0)} px tall, more than the screen's 768`);
    const small = targets(el).filter((target) => {
      const box = target.getBoundingClientRect();
      return box.width < minimumTarget || box.height < minimumTarget;
    });
    expect(small.map(describe1)).to.deep.equal([]);
  });

  it('still shows everything at twice the text size (200 %), scrolling instead of clipping', async () => {
    for (const [width, fontSize] of [[1366, '32px'], [683, '16px']] as const) {
      const el = await kioskForm(width, 768, fontSize);
      const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const outside = targets(el).filter((target) => {
        const box = target.getBoundingClientRect();
        return box.left < card.left || box.right > card.right + 0.5 || box.width < minimumTarget || box.height < minimumTarget;
      });
      expect(outside.map(describe1), `at ${width} px, text ${fontSize}`).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
    }
  });
});
