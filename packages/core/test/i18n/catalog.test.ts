import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MissingMessageParamError, formatMessage, resolveLocale, translate, type MessageCatalog } from '@cqtt/core';

const catalog = {
  vi: { greeting: 'Xin chào {name}', thanks: 'Xin cảm ơn' },
  en: { greeting: 'Hello {name}', thanks: 'Thank you' },
} satisfies MessageCatalog<{ greeting: string; thanks: string }>;

describe('translate', () => {
  it('speaks Vietnamese by default and English when asked', () => {
    assert.equal(translate(catalog, 'vi', 'greeting', { name: 'Lan' }), 'Xin chào Lan');
    assert.equal(translate(catalog, 'en', 'thanks'), 'Thank you');
  });

  it('inserts parameters as plain text, markup included', () => {
    assert.equal(formatMessage('k', 'Chào {name}', { name: '<b>x</b>' }), 'Chào <b>x</b>');
  });

  it('fails loudly on a missing parameter instead of showing a raw placeholder', () => {
    assert.throws(() => translate(catalog, 'vi', 'greeting'), MissingMessageParamError);
  });

  it('does not treat inherited object keys as parameters', () => {
    assert.throws(() => formatMessage('k', '{toString}', {}), MissingMessageParamError);
  });
});

describe('resolveLocale', () => {
  it('maps language tags to a supported locale, falling back to Vietnamese', () => {
    assert.equal(resolveLocale('en-US'), 'en');
    assert.equal(resolveLocale('EN'), 'en');
    assert.equal(resolveLocale('vi-VN'), 'vi');
    assert.equal(resolveLocale('fr'), 'vi');
    assert.equal(resolveLocale(undefined), 'vi');
    assert.equal(resolveLocale(''), 'vi');
  });
});
