import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Issue 19, item 15: the plugin and the demo address people in one voice, "Ông/Bà", never the familiar "bạn".

const roots = ['packages/core/src', 'packages/elements/src', 'packages/microfrontend/src', 'packages/server/src', 'demo'];

function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((name) => /\.(ts|js|mjs|html)$/.test(name))
    .map((name) => join(root, name));
}

describe('one voice in the Vietnamese texts', () => {
  it('never says "bạn" to a citizen or an official, in any source or demo page', () => {
    const familiar = /(?<!\p{L})bạn(?!\p{L})/iu;
    const found = roots
      .flatMap(sourceFiles)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .normalize('NFC')
          .split('\n')
          .flatMap((line, index) => (familiar.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    assert.deepEqual(found, []);
  });
});
