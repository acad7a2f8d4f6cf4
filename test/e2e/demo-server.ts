import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The demo as `npm start` runs it (without the build step), on a free port and a throw-away data folder. */
export interface DemoServer {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

export async function startDemoServer(env: Readonly<Record<string, string>> = {}): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cqtt-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts'],
    { env: { ...process.env, CQTT_PORT: '0', CQTT_DATA_DIR: join(dataDir, 'db'), CQTT_MODE: 'demo', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The demo server did not start in 60 s:\n${output}`)), 60_000);
    const onData = () => {
      const match = /cqtt demo: (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The demo server exited with ${String(code)}:\n${output}`));
    });
  });

  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
