import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  lazyPortalErrorMessages,
  lazyRulesMessages,
  lazySurveyTokenErrorMessages,
  portalErrorMessages,
  rulesMessages,
  surveyTokenErrorMessages,
} from '@cqtt/core';

describe('the lazy catalogs of the browser', () => {
  const pairs = [
    ['rules', rulesMessages, lazyRulesMessages],
    ['portal errors', portalErrorMessages, lazyPortalErrorMessages],
    ['survey token refusals', surveyTokenErrorMessages, lazySurveyTokenErrorMessages],
  ] as const;

  for (const [name, full, lazy] of pairs) {
    it(`fetch the same English as the full catalog of the ${name}, with every Vietnamese key`, async () => {
      assert.equal(lazy.vi, full.vi);
      const english = await lazy.loadEn();
      assert.deepEqual(english, full.en);
      assert.deepEqual(Object.keys(english).sort(), Object.keys(full.vi).sort());
    });
  }
});
