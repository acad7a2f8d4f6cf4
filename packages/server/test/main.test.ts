import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function run(env: Record<string, string>): { output: () => string; exited: Promise<number | null>; child: ReturnType<typeof spawn> } {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { output: () => text, exited, child };
}

describe('npm start (main.ts)', () => {
  it('prints the configuration and the URL, serves, signs in the demo user, and closes cleanly on SIGTERM', async () => {
    const server = run({ CQTT_PORT: '0', CQTT_DATA_DIR: 'memory://', CQTT_SEED: 'off', CQTT_MODE: 'demo' });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /cqtt demo: (http:\/\/[^\s"]+)/.exec(server.output());
        if (match?.[1]) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 50);
      void server.exited.then(() => {
        clearInterval(timer);
        reject(new Error(server.output()));
      });
    });
    assert.match(server.output(), /dataDir: memory:\/\//);
    assert.match(server.output(), /corsOrigins: \(none\)/);
    const response = await fetch(`${url}api/v1/time`);
    assert.equal(response.status, 200);
    await response.json();
    assert.equal((await fetch(`${url}api/v1/dossiers`)).status, 401);
    const signIn = (await (await fetch(`${url}demo/sign-in`, { method: 'POST' })).json()) as { token: string; user: { agencyCodes: string[] } };
    assert.deepEqual(signIn.user.agencyCodes, ['thi-xa-phuoc-long']);
    const dossiers = await fetch(`${url}api/v1/dossiers`, { headers: { Authorization: `Bearer ${signIn.token}` } });
    assert.equal(dossiers.status, 200);
    assert.deepEqual(await dossiers.json(), []);
    assert.ok(!server.output().includes(signIn.token), 'the staff token is never logged');
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    assert.match(server.output(), /"method":"GET","route":"\/api\/v1\/time","status":200/);
    assert.match(server.output(), /SIGTERM: draining/);
  });

  it('refuses to start without access control: the portal\'s issuer and keys are required', async () => {
    const server = run({ CQTT_PORT: '0', CQTT_DATA_DIR: 'memory://', CQTT_SEED: 'off', CQTT_DEMO_AUTH: '' });
    assert.equal(await server.exited, 2);
    assert.match(server.output(), /CQTT_AUTH_ISSUER is required/);
  });

  it('will not mix the demo sign-in with a real portal key', async () => {
    const server = run({ CQTT_MODE: 'demo', CQTT_AUTH_JWKS_URL: 'https://sso.example.gov.vn/jwks.json' });
    assert.equal(await server.exited, 2);
    assert.match(server.output(), /CQTT_DEMO_AUTH makes its own keys: unset CQTT_AUTH_JWKS_URL/);
  });

  it('refuses the demo sign-in outside demo mode', async () => {
    const server = run({ CQTT_DEMO_AUTH: 'on', CQTT_MODE: '' });
    assert.equal(await server.exited, 2);
    assert.match(server.output(), /CQTT_DEMO_AUTH gives anyone a staff token: only with CQTT_MODE=demo/);
  });

  it('stops with a clear message and exit code 2 on a bad setting', async () => {
    const server = run({ CQTT_BODY_LIMIT: 'lots' });
    assert.equal(await server.exited, 2);
    assert.match(server.output(), /CQTT_BODY_LIMIT must be a whole number/);
  });
});
