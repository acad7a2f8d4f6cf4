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
      '/agencies',
      '/calendar/{year}',
      '/dossiers',
      '/dossiers/{id}',
      '/messages',
      '/procedures',
      '/reports',
      '/same-day',
      '/surveys',
      '/surveys/{dossierId}',
      '/time',
    ]);
    for (const path of Object.values(defaultEndpoints)) assert.ok(path.startsWith('/api/v1/'), path);
    assert.deepEqual(Object.keys(paths['/surveys']!), ['post']);
    assert.ok(Object.values(paths).filter((item) => item !== paths['/surveys']).every((item) => Object.keys(item).join() === 'get'));
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
    assert.deepEqual(Object.keys(post['responses'] as Json).sort(), ['200', '201', '400', '404', '409', '422', '429', '500', '503']);
    const survey = schemas['SurveyResponse']!['properties'] as Record<string, Json>;
    assert.equal(survey['comment']?.['maxLength'], 1000);
    assert.deepEqual((survey['praise']?.['items'] as Json)['enum'], principles.map((principle) => principle.id));
    const dossier = schemas['Dossier']!['properties'] as Record<string, Json>;
    assert.equal(dossier['receivedAt']?.['format'], 'date-time');
    assert.equal((dossier['status']?.['enum'] as string[]).length, 10);
    assert.deepEqual(Object.keys(schemas['ServerTime']!['properties'] as Json), ['epochMs', 'iso', 'vietnam']);
  });

  it('is plain JSON, and a fresh copy each time', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(document)), document);
    assert.notEqual(openApiDocument(), document);
  });
});
