import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '../src/config.js';
import { describeAuthSettings, loadAuthSettings } from '../src/auth/index.js';
import { audience, issuer, portalKeys, settingsWith, staffHmacSecret, surveySecret, type PortalKeys } from './auth-fixtures.js';

function configErrorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    settingsWith(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('loadAuthSettings', () => {
  let keys: PortalKeys;
  before(async () => {
    keys = await portalKeys();
  });

  it('reads a public key and takes its algorithm from the key, with the documented defaults', () => {
    const settings = settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem });
    assert.equal(settings.issuer, issuer);
    assert.equal(settings.audience, audience);
    assert.equal(settings.staffKey.kind, 'public-key');
    assert.deepEqual(settings.staffKey.algorithms, ['ES256']);
    assert.equal(settings.clockSkewS, 60);
    assert.equal(settings.maxTokenAgeS, 12 * 3600, 'a staff token lives at most 12 hours by default');
    assert.equal(settings.agencyClaim, 'agency');
    assert.equal(settings.surveyTokenTtlDays, 7);
    assert.equal(settings.phoneRetentionDays, 90);
    assert.equal(new TextDecoder().decode(settings.surveyTokenSecret), surveySecret);
  });

  it('accepts a PEM written on one line with literal \\n, as environment files carry it', () => {
    const settings = settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem.replaceAll('\n', '\\n') });
    assert.deepEqual(settings.staffKey.algorithms, ['ES256']);
  });

  it('maps RSA keys to RS256 and Ed25519 keys to EdDSA, and refuses short RSA keys and other curves', () => {
    const pem = (key: ReturnType<typeof generateKeyPairSync>['publicKey']): string => key.export({ type: 'spki', format: 'pem' }).toString();
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    assert.deepEqual(settingsWith({ CQTT_AUTH_PUBLIC_KEY: pem(rsa) }).staffKey.algorithms, ['RS256']);
    const ed = generateKeyPairSync('ed25519').publicKey;
    assert.deepEqual(settingsWith({ CQTT_AUTH_PUBLIC_KEY: pem(ed) }).staffKey.algorithms, ['EdDSA', 'Ed25519']);
    const shortRsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    assert.match(configErrorOf({ CQTT_AUTH_PUBLIC_KEY: pem(shortRsa) }).message, /2048 bits/);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey;
    assert.match(configErrorOf({ CQTT_AUTH_PUBLIC_KEY: pem(p384) }).message, /P-256/);
    const x25519 = generateKeyPairSync('x25519').publicKey;
    assert.match(configErrorOf({ CQTT_AUTH_PUBLIC_KEY: pem(x25519) }).message, /RSA, P-256 or Ed25519/);
  });

  it('refuses a private key and text that is not a key', () => {
    const privatePem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const error = configErrorOf({ CQTT_AUTH_PUBLIC_KEY: privatePem });
    assert.equal(error.variable, 'CQTT_AUTH_PUBLIC_KEY');
    assert.match(error.message, /private key/);
    assert.match(configErrorOf({ CQTT_AUTH_PUBLIC_KEY: 'not a key' }).message, /PEM public key/);
  });

  it('reads an HMAC secret of at least 32 bytes, and only HS256 for it', () => {
    const settings = settingsWith({ CQTT_AUTH_HMAC_SECRET: staffHmacSecret });
    assert.equal(settings.staffKey.kind, 'hmac');
    assert.deepEqual(settings.staffKey.algorithms, ['HS256']);
    const error = configErrorOf({ CQTT_AUTH_HMAC_SECRET: 'ngắn quá' });
    assert.equal(error.variable, 'CQTT_AUTH_HMAC_SECRET');
    assert.match(error.message, /at least 32 bytes/);
  });

  it('reads a JWKS URL over https, or http on localhost only', () => {
    const settings = settingsWith({ CQTT_AUTH_JWKS_URL: 'https://sso.dichvucong.binhphuoc.gov.vn/.well-known/jwks.json' });
    assert.equal(settings.staffKey.kind, 'jwks');
    assert.deepEqual(settings.staffKey.algorithms, ['RS256', 'ES256', 'EdDSA', 'Ed25519']);
    assert.equal(settingsWith({ CQTT_AUTH_JWKS_URL: 'http://127.0.0.1:9000/jwks' }).staffKey.kind, 'jwks');
    assert.match(configErrorOf({ CQTT_AUTH_JWKS_URL: 'http://sso.example.gov.vn/jwks' }).message, /https:/);
    assert.match(configErrorOf({ CQTT_AUTH_JWKS_URL: 'sso/jwks' }).message, /must be a URL/);
  });

  it('needs exactly one way to check staff tokens', () => {
    assert.match(configErrorOf({}).message, /Exactly one of .* got none/);
    const two = configErrorOf({ CQTT_AUTH_PUBLIC_KEY: keys.pem, CQTT_AUTH_HMAC_SECRET: staffHmacSecret });
    assert.match(two.message, /got CQTT_AUTH_PUBLIC_KEY and CQTT_AUTH_HMAC_SECRET/);
  });

  it('needs an issuer, an audience and a survey secret', () => {
    assert.equal(configErrorOf({ CQTT_AUTH_ISSUER: ' ', CQTT_AUTH_PUBLIC_KEY: keys.pem }).variable, 'CQTT_AUTH_ISSUER');
    assert.equal(configErrorOf({ CQTT_AUTH_AUDIENCE: '', CQTT_AUTH_PUBLIC_KEY: keys.pem }).variable, 'CQTT_AUTH_AUDIENCE');
    assert.throws(() => loadAuthSettings({ CQTT_AUTH_ISSUER: issuer, CQTT_AUTH_AUDIENCE: audience, CQTT_AUTH_PUBLIC_KEY: keys.pem }), {
      name: 'ConfigError',
      variable: 'CQTT_SURVEY_TOKEN_SECRET',
    });
    assert.equal(configErrorOf({ CQTT_SURVEY_TOKEN_SECRET: 'short', CQTT_AUTH_PUBLIC_KEY: keys.pem }).variable, 'CQTT_SURVEY_TOKEN_SECRET');
  });

  it('keeps staff and survey tokens apart: other audience, other secret', () => {
    assert.match(configErrorOf({ CQTT_AUTH_AUDIENCE: 'cqtt-survey', CQTT_AUTH_PUBLIC_KEY: keys.pem }).message, /audience of survey tokens/);
    assert.match(configErrorOf({ CQTT_AUTH_HMAC_SECRET: surveySecret }).message, /must differ/);
  });

  it('bounds the clock skew, the survey token lifetime and the phone retention', () => {
    const settings = settingsWith({
      CQTT_AUTH_PUBLIC_KEY: keys.pem,
      CQTT_AUTH_CLOCK_SKEW_S: '300',
      CQTT_AUTH_AGENCY_CLAIM: 'https://dichvucong.gov.vn/claims/don-vi',
      CQTT_SURVEY_TOKEN_TTL_DAYS: '14',
      CQTT_PHONE_RETENTION_DAYS: '30',
      CQTT_AUTH_MAX_TOKEN_AGE_S: '3600',
    });
    assert.equal(settings.clockSkewS, 300);
    assert.equal(settings.maxTokenAgeS, 3600);
    assert.equal(settings.agencyClaim, 'https://dichvucong.gov.vn/claims/don-vi');
    assert.equal(settings.surveyTokenTtlDays, 14);
    assert.equal(settings.phoneRetentionDays, 30);
    for (const [variable, value] of [
      ['CQTT_AUTH_CLOCK_SKEW_S', '301'],
      ['CQTT_AUTH_CLOCK_SKEW_S', '-1'],
      ['CQTT_AUTH_MAX_TOKEN_AGE_S', '2592001'],
      ['CQTT_AUTH_MAX_TOKEN_AGE_S', '12h'],
      ['CQTT_SURVEY_TOKEN_TTL_DAYS', '0'],
      ['CQTT_SURVEY_TOKEN_TTL_DAYS', '7.5'],
      ['CQTT_PHONE_RETENTION_DAYS', 'ninety'],
      ['CQTT_AUTH_AGENCY_CLAIM', 'don vi'],
    ] as const) {
      assert.equal(configErrorOf({ CQTT_AUTH_PUBLIC_KEY: keys.pem, [variable]: value }).variable, variable, `${variable}=${value}`);
    }
  });

  it('describes the settings without printing a secret or a key', () => {
    const lines = [
      ...describeAuthSettings(settingsWith({ CQTT_AUTH_PUBLIC_KEY: keys.pem })),
      ...describeAuthSettings(settingsWith({ CQTT_AUTH_HMAC_SECRET: staffHmacSecret })),
      ...describeAuthSettings(settingsWith({ CQTT_AUTH_JWKS_URL: 'https://sso.example.gov.vn/jwks' })),
    ].join('\n');
    assert.match(lines, /public key \(ES256\)/);
    assert.match(lines, /HMAC secret \(HS256, \d+ bytes\)/);
    assert.match(lines, /JWKS https:\/\/sso\.example\.gov\.vn\/jwks/);
    assert.match(lines, /phone retention: 90 days/);
    assert.doesNotMatch(lines, /khảo-sát|cổng-dịch-vụ|BEGIN PUBLIC KEY/);
  });
});
