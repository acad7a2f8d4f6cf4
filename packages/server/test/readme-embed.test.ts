import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testAuthEnv } from './helpers.js';

const fixture = fileURLToPath(new URL('fixtures/readme-embed.ts', import.meta.url));

function snippet(): string {
  const source = readFileSync(fixture, 'utf8');
  return source.slice(source.indexOf('\n', source.indexOf('// README snippet (begin)')) + 1, source.indexOf('// README snippet (end)'));
}

describe('the README example: createApp(config, { repository, auth }) in your own process', () => {
  it('is the code the server README shows, word for word', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    assert.ok(snippet().length > 300);
    assert.ok(readme.includes(`\`\`\`ts\n${snippet()}\`\`\``), 'packages/server/README.md must carry the tested snippet');
  });

  it('runs as written: it listens and answers the API', async () => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', fixture], {
      env: { ...process.env, ...testAuthEnv, CQTT_DATA_DIR: 'memory://', CQTT_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const match = /cqtt API on (http:\/\/\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        void exited.then(() => reject(new Error(output)));
      });
      const time = await fetch(`${url}time`);
      assert.equal(time.status, 200);
      assert.equal(typeof ((await time.json()) as { epochMs: unknown }).epochMs, 'number');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
