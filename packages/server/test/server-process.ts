import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testAuthEnv } from './helpers.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** A `cqtt-server` child process and everything it wrote so far. */
export interface Run {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

/**
 * Runs `cqtt-server <args>` from the source as a child process, with the test portal's access control, port 0 and
 * none of this process's `CQTT_*` variables unless `env` sets them.
 */
export function cli(args: readonly string[], env: Record<string, string>): Run {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CQTT_')));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main, ...args], {
    env: { ...clean, ...testAuthEnv, CQTT_AUTH_MAX_TOKEN_AGE_S: '0', CQTT_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => text };
}

/** Waits until the output matches `pattern`; rejects, with the output, when the process exits first. */
export function waitFor(run: Run, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = pattern.exec(run.output());
      if (match) {
        clearInterval(timer);
        resolve(match);
      }
    }, 25);
    void run.exited.then(() => {
      clearInterval(timer);
      const match = pattern.exec(run.output());
      if (match) resolve(match);
      else reject(new Error(`exited without ${pattern}:\n${run.output()}`));
    });
  });
}

/** The start line's address (`cqtt server: http://127.0.0.1:<port>/`), port 0 resolved. */
export const urlPattern = /cqtt server: (http:\/\/[^\s"]+)/;
