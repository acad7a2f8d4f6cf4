import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstValueFrom } from 'rxjs';
import { defaultCatalog, defaultSlogans, MemoryPortalAdapter, parseAgencies, parseMessages, parseProcedures, parseSameDayRegistrations } from '@cqtt/core';

describe('the shipped data through the contract', () => {
  it('the plan appendix catalog passes the wire contract unchanged', () => {
    const wire = JSON.parse(JSON.stringify(defaultCatalog)) as typeof defaultCatalog;
    assert.deepEqual(parseAgencies(wire.agencies), defaultCatalog.agencies);
    assert.deepEqual(parseProcedures(wire.procedures), defaultCatalog.procedures);
    assert.deepEqual(parseSameDayRegistrations(wire.sameDay), defaultCatalog.sameDay);
  });

  it('the default slogans are valid ticker lines', () => {
    const lines = defaultSlogans.map((slogan) => ({ id: slogan.id, kind: slogan.id.startsWith('reminder-') ? 'reminder' : 'slogan', text: slogan.vi }));
    assert.equal(parseMessages(lines).length, defaultSlogans.length);
  });

  it('an offline demo serves the catalog from memory', async () => {
    const portal = new MemoryPortalAdapter({ catalog: defaultCatalog }, { clock: () => Date.UTC(2026, 10, 27, 8, 30) });
    assert.equal((await firstValueFrom(portal.sameDay$)).length, defaultCatalog.sameDay.length);
    assert.ok((await firstValueFrom(portal.agencies$)).length > 0);
  });
});
