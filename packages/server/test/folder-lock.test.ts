import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFolderInUseError, openDatabase } from '@cqtt/server';
import { testAuthEnv } from './helpers.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function exitOf(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string; pid: number }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output, pid: child.pid ?? 0 })));
}

describe('the PGlite data folder', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'cqtt-lock-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is held by one process: a second server stops with a message naming the folder', async () => {
    const folder = join(root, 'held');
    const db = await openDatabase(folder);
    try {
      await assert.rejects(openDatabase(folder), DataFolderInUseError);
      const second = await exitOf(['--conditions=source', '--import', 'tsx', main], { ...testAuthEnv, CQTT_DATA_DIR: folder, CQTT_DATABASE_URL: '', CQTT_PORT: '0', CQTT_SEED: 'off' });
      assert.equal(second.code, 2);
      assert.ok(second.output.includes(`Thư mục dữ liệu ${folder} đang được tiến trình ${process.pid} sử dụng`), second.output);
      assert.ok(second.output.includes(`The data folder ${folder} is in use by process ${process.pid}`), second.output);
      assert.equal((await db.query<{ n: number }>('select count(*) as n from migrations')).rows[0]!.n > 0, true, 'the first keeps working');
    } finally {
      await db.close();
    }
    const reopened = await openDatabase(folder);
    await reopened.close();
    assert.equal(existsSync(join(folder, 'cqtt.lock')), false, 'closing releases the folder');
  });

  it('is taken over from a process that died without releasing it', async () => {
    const folder = join(root, 'stale');
    const dead = await exitOf(['-e', '']);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'cqtt.lock'), `${dead.pid}\n`);
    const db = await openDatabase(folder);
    try {
      assert.equal((await db.query<{ n: number }>('select count(*) as n from migrations')).rows[0]!.n > 0, true);
    } finally {
      await db.close();
    }
  });
});
