// The README's webpack configuration for a create-single-spa root config, built with webpack as the portal's
// `npm run build` does: the plugin must stay an import (resolved by the page's import map), never a bundled module.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readmeSnippet } from '../readme-snippets.mjs';

const webpackCli = join(import.meta.dirname, '../../node_modules/webpack-cli/bin/cli.js');
const config = readmeSnippet('### With webpack or rspack (a create-single-spa root config)', 'js');

function buildRootConfig(dir, webpackConfig) {
  writeFileSync(join(dir, 'webpack.config.mjs'), webpackConfig);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [webpackCli, '--config', 'webpack.config.mjs'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a create-single-spa root config built with webpack', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cqtt-root-config-'));
    cpSync(join(import.meta.dirname, 'root-config'), dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('with the README\'s externals, builds and leaves @cqtt/microfrontend and single-spa to the import map', () => {
    const { status, output } = buildRootConfig(dir, config);
    assert.equal(status, 0, output);
    const emitted = readdirSync(join(dir, 'dist')).map((file) => readFileSync(join(dir, 'dist', file), 'utf8')).join('\n');
    assert.match(emitted, /from\s*"@cqtt\/microfrontend"/);
    assert.match(emitted, /from\s*"single-spa"/);
  });

  it('without them, fails with "Can\'t resolve \'@cqtt/microfrontend\'"', () => {
    const withoutCqtt = config.replace(/,\s*\/\^@cqtt\\\/\//, '');
    assert.notEqual(withoutCqtt, config);
    const { status, output } = buildRootConfig(dir, withoutCqtt);
    assert.notEqual(status, 0);
    assert.match(output, /Can't resolve '@cqtt\/microfrontend'/);
  });
});
