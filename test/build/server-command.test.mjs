// The `cqtt-server` command as an npm install gives it: the package's bin over the compiled dist, no TypeScript.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = 'packages/server/bin/cqtt-server.js';

function run(args, env = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CQTT_')));
  return spawnSync(process.execPath, [bin, ...args], { env: { ...clean, ...env }, encoding: 'utf8' });
}

describe('the cqtt-server command', () => {
  it('is in the package the tarball holds, with the compiled server it runs', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '-w', 'packages/server'], { encoding: 'utf8' }));
    const files = packed.files.map((file) => file.path);
    for (const file of ['bin/cqtt-server.js', 'dist/main.js', 'dist/cli/start.js', 'dist/cli/data-commands.js']) assert.ok(files.includes(file), file);
    const manifest = JSON.parse(execFileSync('npm', ['pkg', 'get', 'bin', '-w', 'packages/server'], { encoding: 'utf8' }));
    assert.deepEqual(manifest['@cqtt/server'], { 'cqtt-server': 'bin/cqtt-server.js' });
  });

  it('runs from dist: help, migrate and seed-catalog on a new PGlite folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cqtt-bin-'));
    try {
      const help = run(['help']);
      assert.equal(help.status, 0, help.stderr);
      assert.match(help.stdout, /cqtt-server \[command\]/);
      const env = { CQTT_DATA_DIR: join(dir, 'data') };
      const migrate = run(['migrate'], env);
      assert.equal(migrate.status, 0, migrate.stderr);
      assert.match(migrate.stdout, /"migrate: applied migration\(s\) 1, /);
      const seed = run(['seed-catalog'], env);
      assert.equal(seed.status, 0, seed.stderr);
      assert.match(seed.stdout, /seed-catalog: \d+ agencies/);
      assert.ok(existsSync(join(dir, 'data')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
