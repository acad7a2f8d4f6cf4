import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultEndpoints, openApiDocument, principles } from '@cqtt/core';

type Json = Record<string, unknown>;

describe('openApiDocument', () => {
  const document = openApiDocument() as Json;
  const paths = document['paths'] as Record<string, Json>;
  const schemas = (document['components'] as Json)['schemas'] as Record<string, Json>;

  it('is OpenAPI 3.1 under /api/v1 with every endpoint of the contract', () => {
    assert.equal(document['openapi'], '3.1.0');
    assert.deepEqual(document['servers'], [{ url: '/api/v1' }]);
    assert.deepEqual(Object.keys(paths).sort(), [
      '/admin/agencies/{code}/settings',
      '/admin/audit',
      '/admin/calendar/{year}',
      '/admin/messages',
      '/admin/messages/{id}',
      '/admin/registrations',
      '/admin/registrations/{id}',
      '/agencies',
      '/agencies/{code}/settings',
      '/calendar/{year}',
      '/dossiers',
      '/dossiers/{id}',
      '/messages',
      '/procedures',
      '/reports',
      '/same-day',
      '/survey-tokens',
      '/surveys',
      '/surveys/{dossierId}',
      '/time',
    ]);
    for (const path of Object.values(defaultEndpoints)) assert.ok(path.startsWith('/api/v1/'), path);
    assert.deepEqual(Object.keys(paths['/surveys']!), ['post']);
    assert.deepEqual(Object.keys(paths['/survey-tokens']!), ['post']);
    const posts = new Set([paths['/surveys'], paths['/survey-tokens']]);
    const publicPaths = Object.entries(paths).filter(([path]) => !path.startsWith('/admin/'));
    assert.ok(publicPaths.filter(([, item]) => !posts.has(item)).every(([, item]) => Object.keys(item).join() === 'get'));
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    assert.ok(refs.length > 10);
    for (const ref of refs) assert.ok(ref.split('/').at(-1)!.replace('"', '') in schemas, ref);
  });

  it('states the rules an integrator must follow', () => {
    const post = paths['/surveys']!['post'] as Json;
    const parameters = post['parameters'] as Json[];
    assert.equal(parameters[0]?.['name'], 'Idempotency-Key');
    assert.equal(parameters[0]?.['required'], true);
    assert.deepEqual(Object.keys(post['responses'] as Json).sort(), ['200', '201', '400', '401', '403', '404', '409', '422', '429', '500', '503']);
    const survey = schemas['SurveyResponse']!['properties'] as Record<string, Json>;
    assert.equal(survey['comment']?.['maxLength'], 1000);
    assert.deepEqual((survey['praise']?.['items'] as Json)['enum'], principles.map((principle) => principle.id));
    const dossier = schemas['Dossier']!['properties'] as Record<string, Json>;
    assert.equal(dossier['receivedAt']?.['format'], 'date-time');
    assert.equal((dossier['status']?.['enum'] as string[]).length, 10);
    assert.deepEqual(Object.keys(schemas['ServerTime']!['properties'] as Json), ['epochMs', 'iso', 'vietnam']);
  });

  it('asks for the survey token on both survey endpoints, and a staff bearer token where staff data is', () => {
    const operation = (path: string, method: string) => paths[path]![method] as Json;
    const tokenParameter = (op: Json) => (op['parameters'] as Json[]).find((parameter) => parameter['name'] === 'X-Survey-Token');
    assert.deepEqual(
      [tokenParameter(operation('/surveys', 'post'))?.['in'], tokenParameter(operation('/surveys', 'post'))?.['required']],
      ['header', true],
    );
    const status = operation('/surveys/{dossierId}', 'get');
    assert.deepEqual([tokenParameter(status)?.['in'], tokenParameter(status)?.['required']], ['header', false]);
    assert.deepEqual(status['security'], [{ bearerAuth: [] }, {}]);
    assert.match(JSON.stringify((status['responses'] as Json)['401']), /survey-token-expired/);
    assert.match(JSON.stringify((operation('/surveys', 'post')['responses'] as Json)['403']), /survey-token-wrong-dossier/);

    const schemes = (document['components'] as Json)['securitySchemes'] as Json;
    assert.deepEqual(schemes['bearerAuth'], { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "The portal's staff token." });
    for (const [path, method] of [['/dossiers', 'get'], ['/dossiers/{id}', 'get'], ['/reports', 'get'], ['/survey-tokens', 'post']] as const) {
      assert.deepEqual(operation(path, method)['security'], [{ bearerAuth: [] }], path);
      assert.ok('401' in (operation(path, method)['responses'] as Json), path);
    }
    for (const path of ['/procedures', '/agencies', '/same-day', '/calendar/{year}', '/time', '/messages']) {
      assert.equal(operation(path, 'get')['security'], undefined, path);
    }
  });

  it('describes POST /survey-tokens: the dossier in, the token and its expiry out', () => {
    const grant = paths['/survey-tokens']!['post'] as Json;
    assert.deepEqual((grant['requestBody'] as Json)['content'], { 'application/json': { schema: { $ref: '#/components/schemas/SurveyTokenRequest' } } });
    const responses = grant['responses'] as Record<string, Json>;
    assert.deepEqual(Object.keys(responses).sort(), ['201', '400', '401', '403', '404', '422', '429', '500', '503']);
    assert.deepEqual(responses['201']!['content'], { 'application/json': { schema: { $ref: '#/components/schemas/SurveyTokenGrant' } } });
    assert.match(String(responses['422']!['description']), /dossier-not-finished/);
    assert.deepEqual(schemas['SurveyTokenGrant']!['required'], ['dossierId', 'token', 'expiresAt']);
    assert.equal((schemas['SurveyTokenGrant']!['properties'] as Record<string, Json>)['expiresAt']?.['format'], 'date-time');
    assert.deepEqual(schemas['SurveyTokenRequest']!['required'], ['dossierId']);
  });

  it('is plain JSON, and a fresh copy each time', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(document)), document);
    assert.notEqual(openApiDocument(), document);
  });
});
