import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Subject } from 'rxjs';
import '../src/survey/define.js';
import type { CqttSurvey } from '../src/survey/cqtt-survey.js';
import { SurveyDelivery } from '../src/survey/outbox/delivery.js';
import { judgeAttempt } from '../src/survey/outbox/failure.js';
import { type OutboxEntry, SurveyOutbox, defaultOutboxName } from '../src/survey/outbox/outbox.js';
import { surveyUrlOf } from '../src/survey/qr-code.js';
import { FakeClock, TestPortal, breakIndexedDb, deleteDatabase, returnedDossier, sampleResponse, secondDossier, tokenRefusal } from './survey-fakes.js';

// Issue 11: the server takes a survey only with the dossier's survey token (X-Survey-Token). The survey sends
// it, keeps it with a stored vote, says clearly why a refused vote waits, and sends that vote with a new token.

const expired = 'eyJhbGciOiJIUzI1NiJ9.ZXhwaXJlZA.c2lnLTE';
const fresh = 'eyJhbGciOiJIUzI1NiJ9.ZnJlc2g.c2lnLTI';
const otherDossiers = 'eyJhbGciOiJIUzI1NiJ9.b3RoZXI.c2lnLTM';

const texts = {
  thanks: 'Cảm ơn Ông/Bà đã đánh giá!',
  done: 'Đánh giá đã được gửi đến cơ quan.',
  expired: 'Mã khảo sát đã hết hạn. Vui lòng xin mã mới tại bộ phận một cửa.',
  missing: 'Thiếu mã khảo sát. Vui lòng quét mã QR trên phiếu kết quả.',
  kept: 'Đánh giá vẫn được lưu trên thiết bị này và sẽ tự động gửi khi có mã khảo sát hợp lệ.',
};

let portal: TestPortal;

function tokenPortal(): TestPortal {
  const made = new TestPortal();
  made.requireTokens = true;
  made.tokens.set(expired, returnedDossier.id);
  made.tokens.set(fresh, returnedDossier.id);
  made.tokens.set(otherDossiers, secondDossier.id);
  made.expiredTokens.add(expired);
  return made;
}

async function mount(surveyToken?: string, options: { qr?: string; kiosk?: boolean } = {}): Promise<CqttSurvey> {
  return fixture<CqttSurvey>(html`<cqtt-survey
    dossier-id=${returnedDossier.id}
    survey-token=${surveyToken ?? ''}
    qr=${options.qr ?? ''}
    ?kiosk=${options.kiosk ?? false}
    hotline=""
    .adapter=${portal.adapter()}
    .clock=${new FakeClock()}
  ></cqtt-survey>`);
}

function root(el: CqttSurvey): ShadowRoot {
  return el.shadowRoot!;
}

function text(el: CqttSurvey, selector: string): string {
  return root(el).querySelector(selector)?.textContent?.trim() ?? '';
}

async function vote(el: CqttSurvey, level = 4): Promise<void> {
  await waitUntil(() => root(el).querySelector('form'), 'the form shows');
  root(el).querySelectorAll<HTMLInputElement>('input[name="level"]')[5 - level]!.click();
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => text(el, 'h2') === texts.thanks, 'the thank-you shows');
}

async function stored(): Promise<OutboxEntry[]> {
  const outbox = await SurveyOutbox.open();
  try {
    return await outbox.all();
  } finally {
    outbox.close();
  }
}

async function store(entry: OutboxEntry): Promise<void> {
  const outbox = await SurveyOutbox.open();
  await outbox.add(entry);
  outbox.close();
}

describe('<cqtt-survey> with survey tokens', () => {
  beforeEach(async () => {
    await deleteDatabase(defaultOutboxName);
    portal = tokenPortal();
  });

  afterEach(async () => {
    await deleteDatabase(defaultOutboxName);
  });

  it('sends its token with the status request and the vote, and keeps it with the stored vote', async () => {
    portal.gate = new Subject<void>();
    const el = await mount(fresh);
    await vote(el);
    await waitUntil(() => portal.calls.length === 1);
    expect(portal.statusTokens).to.deep.equal([fresh]);
    expect(portal.calls[0]!.surveyToken).to.equal(fresh);
    expect((await stored()).map((entry) => entry.surveyToken)).to.deep.equal([fresh]);
    portal.gate.next();
    await waitUntil(() => text(el, '.notice') === texts.done);
    expect(portal.accepted).to.equal(1);
    expect(await stored()).to.deep.equal([]);
  });

  it('keeps a vote refused for an expired token, says why, and sends it at once with a new token', async () => {
    const el = await mount(expired);
    await waitUntil(() => root(el).querySelector('form'), 'the form shows despite the refused status');
    expect(text(el, '.notice[role="alert"]')).to.equal(`${texts.expired} ${texts.kept}`);
    await expect(el).to.be.accessible();
    await vote(el);
    await waitUntil(() => text(el, '.notice').includes(texts.expired), 'the refusal is shown');
    const notice = root(el).querySelector('.notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.classList.contains('warn')).to.equal(true);
    expect(notice.textContent).to.equal(`${texts.expired} ${texts.kept}`);
    await expect(el).to.be.accessible();
    const [refused] = await stored();
    expect(refused).to.deep.include({ state: 'blocked', surveyToken: expired });
    expect(refused!.lastError).to.deep.include({ kind: 'unauthorized', status: 401, code: 'survey-token-expired' });
    expect(portal.accepted).to.equal(0);

    el.surveyToken = fresh;
    await waitUntil(() => text(el, '.notice') === texts.done, 'the vote is sent with the new token');
    expect(portal.accepted).to.equal(1);
    expect(portal.calls.map((call) => call.surveyToken)).to.deep.equal([expired, fresh]);
    expect(new Set(portal.calls.map((call) => call.key)).size).to.equal(1);
    expect(await stored()).to.deep.equal([]);
  });

  it('lets the citizen vote without a token, saying at once that it is missing, and delivers once one is given', async () => {
    const el = await mount();
    await waitUntil(() => root(el).querySelector('form'), 'the form shows');
    expect(text(el, '.notice[role="alert"]')).to.contain(texts.missing);
    expect(portal.statusTokens).to.deep.equal([undefined]);
    await vote(el, 5);
    await waitUntil(() => text(el, '.notice').includes(texts.missing), 'the missing token is shown');
    expect(text(el, '.notice')).to.contain(texts.kept);
    expect((await stored())[0]).to.deep.include({ state: 'blocked' });
    expect((await stored())[0]).not.to.have.property('surveyToken');
    el.surveyToken = fresh;
    await waitUntil(() => text(el, '.notice') === texts.done);
    expect(portal.calls.map((call) => call.surveyToken)).to.deep.equal([undefined, fresh]);
    expect(await portal.answered()).to.equal(true);
  });

  it('says in English when a token belongs to another dossier', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <cqtt-survey dossier-id=${returnedDossier.id} survey-token=${otherDossiers} hotline="" .adapter=${portal.adapter()}></cqtt-survey>
    </div>`);
    const el = wrapper.querySelector('cqtt-survey')!;
    await waitUntil(() => root(el).querySelector('form'));
    expect(text(el, '.notice[role="alert"]')).to.equal(
      'This survey code is for another dossier. Please scan the QR code of this dossier. Your rating is kept on this device and will be sent automatically once a valid survey code is given.',
    );
    root(el).querySelectorAll<HTMLInputElement>('input[name="level"]')[0]!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => text(el, '.notice').startsWith('This survey code is for another dossier.'), 'the refusal is shown');
    expect(portal.accepted).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('delivers a stored vote after a reload with the token it was cast with', async () => {
    portal.gate = new Subject<void>();
    const first = await mount(fresh);
    await vote(first);
    await waitUntil(() => portal.calls.length === 1);
    first.remove();
    portal.gate = undefined;
    await mount();
    await waitUntil(() => portal.accepted === 1, 'the reloaded page, without a token, delivers the stored vote');
    expect(portal.calls.map((call) => call.surveyToken)).to.deep.equal([fresh, fresh]);
  });

  it('sends a vote stored as refused for its token when the page opens with a fresh token', async () => {
    await store({
      key: 'refused-vote',
      response: sampleResponse(),
      surveyToken: expired,
      attempts: 1,
      nextAttemptAt: 0,
      state: 'blocked',
      lastError: { kind: 'unauthorized', status: 401, code: 'survey-token-expired', message: 'expired' },
    });
    const el = await mount(fresh);
    await waitUntil(() => portal.accepted === 1, 'the stored vote goes with the fresh token');
    expect(portal.calls.at(-1)).to.deep.include({ key: 'refused-vote', surveyToken: fresh });
    await waitUntil(() => text(el, 'h2') === 'Hồ sơ này đã được đánh giá');
    expect(await stored()).to.deep.equal([]);
  });

  it('sends the token with a vote that goes directly when the device cannot store it', async () => {
    const restore = breakIndexedDb();
    try {
      const el = await mount(fresh);
      await vote(el);
      expect(portal.calls.map((call) => call.surveyToken)).to.deep.equal([fresh]);
      expect(portal.accepted).to.equal(1);
    } finally {
      restore();
    }
  });

  it('forgets the last citizen\'s token when the kiosk clears the form', async () => {
    const el = await mount(fresh, { kiosk: true });
    let tokenAtReset: string | undefined = 'not reset';
    el.addEventListener('cqtt-survey-reset', () => (tokenAtReset = el.surveyToken));
    await vote(el);
    root(el).querySelector<HTMLButtonElement>('.actions button')!.click();
    expect(tokenAtReset).to.equal(undefined);
    expect(el.surveyToken).to.equal(undefined);
  });

  it('puts the token in the QR code: in place of {surveyToken}, else as survey-token', async () => {
    const el = await mount(fresh, { qr: 'https://dichvucong.example.vn/khao-sat?ho-so={dossierId}' });
    await waitUntil(() => root(el).querySelector('.qr svg'), 'the QR code shows');
    expect(text(el, '.qr-url')).to.equal(`https://dichvucong.example.vn/khao-sat?ho-so=${returnedDossier.id}&survey-token=${fresh}`);
    el.qr = 'https://dichvucong.example.vn/khao-sat/{dossierId}#t={surveyToken}';
    await el.updateComplete;
    expect(text(el, '.qr-url')).to.equal(`https://dichvucong.example.vn/khao-sat/${returnedDossier.id}#t=${fresh}`);
    await expect(el).to.be.accessible();
  });
});

describe('survey token helpers', () => {
  it('builds the QR address with the token encoded, appended only when the template does not place it', () => {
    const template = 'https://dvc.example.vn/khao-sat?ho-so={dossierId}';
    expect(surveyUrlOf(template, 'H25/01', 'a.b.c')).to.equal('https://dvc.example.vn/khao-sat?ho-so=H25%2F01&survey-token=a.b.c');
    expect(surveyUrlOf(template, 'H25/01')).to.equal('https://dvc.example.vn/khao-sat?ho-so=H25%2F01');
    expect(surveyUrlOf('https://dvc.example.vn/ks?t={surveyToken}&id={dossierId}', 'H1', 'a b&c')).to.equal('https://dvc.example.vn/ks?t=a%20b%26c&id=H1');
    expect(surveyUrlOf('https://dvc.example.vn/ks?t={surveyToken}', 'H1')).to.equal('https://dvc.example.vn/ks?t=');
    expect(surveyUrlOf('http://dvc.example.vn/ks', 'H1', 'a.b.c')).to.equal(undefined);
  });

  it('keeps the API code of a refusal with the stored failure', () => {
    expect(judgeAttempt(tokenRefusal('expired'))).to.deep.equal({
      outcome: 'hold',
      state: 'blocked',
      failure: { kind: 'unauthorized', status: 401, code: 'survey-token-expired', message: 'HTTP 401: Mã khảo sát … / Survey code …' },
    });
    expect(judgeAttempt(tokenRefusal('wrong-dossier'))).to.deep.include({ state: 'blocked' });
  });

  describe('SurveyDelivery.adoptToken', () => {
    const deliveries: SurveyDelivery[] = [];
    const delivery = (): SurveyDelivery => {
      const made = new SurveyDelivery(portal.adapter(), { clock: new FakeClock(), random: () => 0.5, locks: null });
      deliveries.push(made);
      return made;
    };
    const entry = (changes: Partial<OutboxEntry>): OutboxEntry => ({ key: 'k1', response: sampleResponse(), attempts: 1, nextAttemptAt: 0, state: 'pending', ...changes });

    beforeEach(async () => {
      await deleteDatabase(defaultOutboxName);
      portal = tokenPortal();
      portal.gate = new Subject<void>();
    });

    afterEach(async () => {
      for (const made of deliveries.splice(0)) made.stop();
      await deleteDatabase(defaultOutboxName);
    });

    it('gives a new token to a vote refused for its token or still waiting, and to nothing else', async () => {
      const sender = delivery();
      expect(await sender.adoptToken(returnedDossier.id, fresh)).to.equal(false);
      const cases: [OutboxEntry, boolean][] = [
        [entry({ state: 'blocked', surveyToken: expired, lastError: { kind: 'unauthorized', status: 401, code: 'survey-token-expired', message: 'x' } }), true],
        [entry({ state: 'pending', lastError: { kind: 'network', message: 'x' } }), true],
        [entry({ state: 'pending', surveyToken: fresh }), false],
        [entry({ state: 'blocked', lastError: { kind: 'not-found', status: 404, code: 'not-found', message: 'x' } }), false],
        [entry({ state: 'blocked', lastError: { kind: 'unauthorized', status: 401, message: 'x' } }), false],
        [entry({ state: 'needs-fix', lastError: { kind: 'rejected', status: 422, message: 'x' } }), false],
      ];
      for (const [before, adopted] of cases) {
        await deleteDatabase(defaultOutboxName);
        await store(before);
        const fresher = delivery();
        expect(await fresher.adoptToken(returnedDossier.id, fresh), JSON.stringify(before)).to.equal(adopted);
        const [after] = await stored();
        if (adopted) expect(after).to.deep.include({ surveyToken: fresh, state: 'pending' });
        else expect(after).to.deep.equal(before);
        fresher.stop();
      }
    });
  });
});
