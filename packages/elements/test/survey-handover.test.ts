import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Subject } from 'rxjs';
import type { PortalAdapter, SurveyStatus } from '@cqtt/core';
import '../src/survey/define.js';
import type { CqttSurvey } from '../src/survey/cqtt-survey.js';
import { defaultOutboxName } from '../src/survey/outbox/outbox.js';
import { FakeClock, TestPortal, deleteDatabase, returnedDossier, sampleResponse, secondDossier } from './survey-fakes.js';

// Issue 18: the survey follows its dossier and never shows the previous one's state for the next; a kiosk lets go
// of a dossier (and its survey token) the moment it is done with it, so the next citizen's vote can only go to a
// dossier whose code was entered for them.

const kioskTiming = { resetAfterThanksMs: 30_000, idleBeforeWarningMs: 60_000, warningMs: 25_000 };
const tokenA = 'eyJhbGciOiJIUzI1NiJ9.QQ.c2lnLUE';
const tokenB = 'eyJhbGciOiJIUzI1NiJ9.Qg.c2lnLUI';
const titles = { thanks: 'Cảm ơn Ông/Bà đã đánh giá!', answered: 'Hồ sơ này đã được đánh giá', loading: 'Đang tải phiếu đánh giá…' };

let portal: TestPortal;

function root(el: CqttSurvey): ShadowRoot {
  return el.shadowRoot!;
}

function heading(el: CqttSurvey): string {
  return root(el).querySelector('h2')?.textContent?.trim() ?? '';
}

async function choose(el: CqttSurvey, level: number): Promise<void> {
  await waitUntil(() => root(el).querySelector('form'), 'the form shows');
  root(el).querySelectorAll<HTMLInputElement>('input[name="level"]')[5 - level]!.click();
  await el.updateComplete;
}

async function vote(el: CqttSurvey, level: number): Promise<void> {
  await choose(el, level);
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => heading(el) === titles.thanks, 'the thank-you shows');
}

function callsFor(dossierId: string): number {
  return portal.calls.filter((call) => call.response.dossierId === dossierId).length;
}

describe('<cqtt-survey> following its dossier', () => {
  beforeEach(async () => {
    await deleteDatabase(defaultOutboxName);
    portal = new TestPortal({ hotline: false });
  });

  afterEach(async () => {
    await deleteDatabase(defaultOutboxName);
  });

  it("shows loading, never the previous dossier's state, while the next dossier's status is slow", async () => {
    portal = new TestPortal({ surveys: [sampleResponse(returnedDossier.id, 4)], hotline: false });
    const base = portal.adapter();
    const slow = new Subject<SurveyStatus>();
    const adapter: PortalAdapter = { ...base, surveyStatus$: (id, token) => (id === secondDossier.id ? slow : base.surveyStatus$(id, token)) };
    const el = await fixture<CqttSurvey>(html`<cqtt-survey dossier-id=${returnedDossier.id} hotline="" .adapter=${adapter}></cqtt-survey>`);
    await waitUntil(() => heading(el) === titles.answered, 'the first dossier shows as rated');
    expect(root(el).textContent).to.contain('Mức đánh giá: Hài lòng.');

    el.dossierId = secondDossier.id;
    await el.updateComplete;
    expect(heading(el)).to.equal('');
    expect(root(el).querySelector('.loading')?.textContent).to.equal(titles.loading);
    expect(root(el).textContent).not.to.contain('Hài lòng');
    await waitUntil(() => slow.observed, "the second dossier's status is asked for");
    expect(root(el).querySelector('.loading')?.textContent).to.equal(titles.loading);
    slow.next({ dossierId: secondDossier.id, answered: false });
    await waitUntil(() => root(el).querySelector('form'), "the second dossier's form shows");

    el.dossierId = returnedDossier.id;
    await el.updateComplete;
    expect(root(el).querySelector('form'), 'no form of the unrated dossier for the rated one').to.equal(null);
    await waitUntil(() => heading(el) === titles.answered);
  });

  describe('kiosk handover', () => {
    const handovers: { name: string; votes: boolean; run: (el: CqttSurvey, clock: FakeClock) => void }[] = [
      { name: '"Hoàn tất"', votes: true, run: (el) => root(el).querySelector<HTMLButtonElement>('.actions button')!.click() },
      { name: 'the thank-you timeout', votes: true, run: (_el, clock) => clock.advance(kioskTiming.resetAfterThanksMs) },
      { name: 'the idle reset over a half-filled form', votes: false, run: (_el, clock) => clock.advance(kioskTiming.idleBeforeWarningMs + kioskTiming.warningMs) },
    ];

    for (const handover of handovers) {
      it(`lets go of the dossier and its token at ${handover.name}: no further vote reaches it until its code is entered again`, async () => {
        portal.requireTokens = true;
        portal.tokens.set(tokenA, returnedDossier.id);
        portal.tokens.set(tokenB, secondDossier.id);
        const clock = new FakeClock();
        const el = await fixture<CqttSurvey>(html`<cqtt-survey
          kiosk
          hotline=""
          dossier-id=${returnedDossier.id}
          survey-token=${tokenA}
          .adapter=${portal.adapter()}
          .clock=${clock}
          .kioskTiming=${kioskTiming}
        ></cqtt-survey>`);
        let resets = 0;
        el.addEventListener('cqtt-survey-reset', () => (resets += 1));
        if (handover.votes) {
          await vote(el, 5);
          await waitUntil(() => portal.accepted === 1, 'the vote is delivered');
        } else {
          await choose(el, 2);
        }
        const callsBefore = callsFor(returnedDossier.id);

        handover.run(el, clock);
        await el.updateComplete;
        expect(resets).to.equal(1);
        expect([el.dossierId, el.surveyToken]).to.deep.equal([undefined, undefined]);
        expect(root(el).querySelector('form, button, h2'), 'nothing to answer or press for the last dossier').to.equal(null);
        expect(el.draft).to.deep.equal({ shortcomings: [], praise: [], comment: '', phone: '', consent: false });

        // The next citizen's code: their vote goes to their dossier, with their token, and nothing to the last one.
        el.dossierId = secondDossier.id;
        el.surveyToken = tokenB;
        await vote(el, 1);
        await waitUntil(() => portal.accepted === (handover.votes ? 2 : 1), "the next citizen's vote is delivered");
        clock.advance(3_600_000);
        expect(callsFor(returnedDossier.id)).to.equal(callsBefore);
        expect(portal.calls.at(-1)).to.deep.include({ surveyToken: tokenB });
        expect(portal.calls.at(-1)!.response).to.deep.include({ dossierId: secondDossier.id, level: 1 });
        expect(await portal.answered(returnedDossier.id)).to.equal(handover.votes);
      });
    }
  });
});
