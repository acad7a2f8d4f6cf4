import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import {
  agencyScopeOf,
  agencyTreeOf,
  canSeeAgency,
  dossierNotFound,
  forbiddenAgency,
  requireStaff,
  visibleTo,
  type AgencyTree,
  type AuthSettings,
} from '../src/auth/index.js';
import { longPhuoc, now, portalKeys, settingsWith, staffToken, thacMo, town, unsignedToken, type PortalKeys } from './auth-fixtures.js';

const tree: AgencyTree = agencyTreeOf([
  { code: town },
  { code: thacMo, parentCode: town },
  { code: longPhuoc, parentCode: town },
  { code: `${town}/phong-tu-phap`, parentCode: town },
]);

interface StoredDossier {
  readonly id: string;
  readonly agencyCode: string;
  readonly applicantName: string;
}

const dossiers: readonly StoredDossier[] = [
  { id: 'H25.1-261127-0001', agencyCode: thacMo, applicantName: 'Nguyễn Văn An' },
  { id: 'H25.1-261127-0002', agencyCode: longPhuoc, applicantName: 'Trần Thị Bình' },
];

/** A miniature of the server's protected routes, wired as the report says. */
function protectedApp(settings: AuthSettings, reads: string[]): Hono {
  const app = new Hono();
  app.get('/api/v1/time', (c) => c.json({ epochMs: now }));
  app.get('/api/v1/dossiers/:id', requireStaff(settings, () => now), (c) => {
    reads.push(c.req.param('id'));
    const dossier = visibleTo(c.get('staff'), dossiers.find((item) => item.id === c.req.param('id')), tree);
    return dossier ? c.json({ id: dossier.id, agencyCode: dossier.agencyCode }) : dossierNotFound(c);
  });
  app.get('/api/v1/reports', requireStaff(settings, () => now), (c) => {
    const agencyCode = c.req.query('agencyCode');
    if (agencyCode !== undefined) {
      const refusal = forbiddenAgency(c, agencyCode, tree);
      if (refusal) return refusal;
    }
    reads.push(`report:${agencyCode ?? 'scope'}`);
    const scope = agencyScopeOf(c.get('staff'), tree);
    return c.json({ agencies: scope.all ? 'all' : [...scope.agencyCodes].sort() });
  });
  return app;
}

describe('requireStaff on a protected Hono app', () => {
  let keys: PortalKeys;
  let app: Hono;
  let reads: string[];
  before(async () => {
    keys = await portalKeys();
    reads = [];
    app = protectedApp(settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem }), reads);
  });

  const bearer = async (claims: Record<string, unknown>, options = {}) => ({ Authorization: `Bearer ${await staffToken(keys.privateKey, claims, options)}` });

  it('keeps public endpoints open', async () => {
    const response = await app.request('/api/v1/time');
    assert.equal(response.status, 200);
  });

  it('answers 401 with WWW-Authenticate: Bearer and the API error envelope when there is no token', async () => {
    reads.length = 0;
    const response = await app.request('/api/v1/dossiers/H25.1-261127-0001');
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="cqtt"');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'missing-token');
    assert.equal(body.error.message, 'Cần đăng nhập Cổng dịch vụ công để xem dữ liệu này. / Sign in to the portal to see this data.');
    assert.deepEqual(reads, [], 'nothing was read before the token was checked');
  });

  it('answers 401 with error="invalid_token" for forged, expired, foreign and unsigned tokens', async () => {
    const other = await portalKeys();
    const nowS = Math.floor(now / 1000);
    const cases: [string, Record<string, string>][] = [
      ['invalid-token', { Authorization: `Bearer ${await staffToken(other.privateKey, { agency: thacMo })}` }],
      ['invalid-token', { Authorization: `Bearer ${unsignedToken({ agency: '*', sub: 'x', exp: nowS + 60 })}` }],
      ['expired-token', await bearer({ agency: thacMo }, { exp: nowS - 3600 })],
      ['wrong-issuer', await bearer({ agency: thacMo }, { iss: 'https://sso.tinh-khac.gov.vn' })],
      ['wrong-audience', await bearer({ agency: thacMo }, { aud: 'igate' })],
      ['malformed-header', { Authorization: 'Token abc' }],
    ];
    for (const [code, headers] of cases) {
      const response = await app.request('/api/v1/dossiers/H25.1-261127-0001', { headers });
      assert.equal(response.status, 401, code);
      assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="cqtt", error="invalid_token"', code);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, code);
    }
  });

  it('shows a ward its own dossier, without the holder\'s name', async () => {
    const response = await app.request('/api/v1/dossiers/H25.1-261127-0001', { headers: await bearer({ agency: thacMo }) });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { id: 'H25.1-261127-0001', agencyCode: thacMo });
  });

  it('answers another ward\'s dossier exactly like a missing one, so ids cannot be probed', async () => {
    const headers = await bearer({ agency: thacMo });
    const otherWard = await app.request('/api/v1/dossiers/H25.1-261127-0002', { headers });
    const missing = await app.request('/api/v1/dossiers/H25.1-261127-9999', { headers });
    assert.equal(otherWard.status, 404);
    assert.equal(missing.status, 404);
    assert.deepEqual([...otherWard.headers.entries()], [...missing.headers.entries()]);
    const body = await otherWard.text();
    assert.equal(body, await missing.text());
    assert.equal(body, JSON.stringify({ error: { code: 'not-found', message: 'Không tìm thấy hồ sơ. / No such dossier.' } }), 'the API\'s answer for a missing dossier');
  });

  it('lets the town see its wards\' dossiers and a province leader see every one', async () => {
    for (const claims of [{ agency: town }, { agency: ['*'], roles: ['leader'] }]) {
      const response = await app.request('/api/v1/dossiers/H25.1-261127-0002', { headers: await bearer(claims) });
      assert.equal(response.status, 200, JSON.stringify(claims));
    }
  });

  it('answers 403 for a report of an agency outside the scope, before reading anything', async () => {
    reads.length = 0;
    const response = await app.request(`/api/v1/reports?agencyCode=${encodeURIComponent(longPhuoc)}`, { headers: await bearer({ agency: thacMo }) });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('www-authenticate'), null);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'forbidden-agency');
    assert.match(body.error.message, /^Tài khoản không có quyền xem dữ liệu của đơn vị này\. \/ /);
    assert.deepEqual(reads, []);
  });

  it('limits a report without an agency to the caller\'s scope', async () => {
    const ward = await app.request('/api/v1/reports', { headers: await bearer({ agency: thacMo }) });
    assert.deepEqual(await ward.json(), { agencies: [thacMo] });
    const townStaff = await app.request('/api/v1/reports', { headers: await bearer({ agency: town }) });
    assert.deepEqual(await townStaff.json(), { agencies: [town, `${town}/phong-tu-phap`, longPhuoc, thacMo].sort() });
    const leader = await app.request(`/api/v1/reports?agencyCode=${encodeURIComponent(thacMo)}`, { headers: await bearer({ agency: '*' }) });
    assert.deepEqual(await leader.json(), { agencies: 'all' });
  });

  it('answers 403 for a valid token that names no agency', async () => {
    const response = await app.request('/api/v1/reports', { headers: await bearer({}) });
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'no-agency-scope');
  });

  it('answers 503 with Retry-After when the portal\'s keys cannot be loaded', async () => {
    const offline = protectedApp(settingsWith({ CQTT_AUTH_JWKS_URL: 'http://127.0.0.1:1/jwks.json' }), []);
    const response = await offline.request('/api/v1/reports', { headers: await bearer({ agency: thacMo }) });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '30');
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'auth-unavailable');
  });
});

describe('canSeeAgency', () => {
  it('grants the codes named, and with a tree the agencies below them', () => {
    assert.equal(canSeeAgency({ agencyCodes: [thacMo] }, thacMo), true);
    assert.equal(canSeeAgency({ agencyCodes: [thacMo] }, longPhuoc, tree), false);
    assert.equal(canSeeAgency({ agencyCodes: [thacMo] }, town, tree), false, 'a ward never sees its town');
    assert.equal(canSeeAgency({ agencyCodes: [town] }, longPhuoc, tree), true);
    assert.equal(canSeeAgency({ agencyCodes: [town] }, longPhuoc), false, 'without a tree, only the codes named');
    assert.equal(canSeeAgency({ agencyCodes: ['*'] }, 'tinh-khac/xa-bat-ky'), true);
  });

  it('stops at a cycle in the tree', () => {
    const cyclic = agencyTreeOf([
      { code: 'a', parentCode: 'b' },
      { code: 'b', parentCode: 'a' },
    ]);
    assert.equal(canSeeAgency({ agencyCodes: [thacMo] }, 'a', cyclic), false);
    assert.equal(canSeeAgency({ agencyCodes: ['b'] }, 'a', cyclic), true);
  });

  it('keeps codes outside the tree in the scope', () => {
    assert.deepEqual(agencyScopeOf({ agencyCodes: ['ngoai-danh-muc'] }, tree), { all: false, agencyCodes: ['ngoai-danh-muc'] });
    assert.deepEqual(agencyScopeOf({ agencyCodes: [thacMo] }), { all: false, agencyCodes: [thacMo] });
  });
});
