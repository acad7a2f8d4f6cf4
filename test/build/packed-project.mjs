// A fresh project that installs the four packages as an integrator does: from the tarballs `npm pack` makes, beside
// the peers lit and rxjs at the versions the repository builds with (from npm's cache when it has them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const workspaces = ['core', 'elements', 'microfrontend', 'server'];

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** `npm pack` of every workspace: the tarball of each package and the files it holds. */
export function packWorkspaces(destination) {
  const packed = JSON.parse(npm(['pack', '--workspaces', '--json', '--pack-destination', destination], repoRoot));
  return new Map(packed.map((entry) => [entry.name, { tarball: join(destination, entry.filename), files: new Set(entry.files.map((file) => file.path)) }]));
}

/** The exact version of a package the repository itself installed. */
const installedVersion = (name) => JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Packs the workspaces and installs them into a new folder; returns the folder and what was packed. */
export function installPackedProject() {
  const dir = mkdtempSync(join(tmpdir(), 'cqtt-integrator-'));
  const packed = packWorkspaces(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'portal', private: true, type: 'module' }, null, 2)}\n`);
  npm(
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      ...[...packed.values()].map((entry) => entry.tarball),
      `lit@${installedVersion('lit')}`,
      `rxjs@${installedVersion('rxjs')}`,
    ],
    dir,
  );
  return { dir, packed };
}

/** Every copy of `name` installed anywhere in the project (nested copies mean a host gets two). */
export function copiesOf(dir, name) {
  const copies = [];
  const visit = (modules) => {
    let entries;
    try {
      entries = readdirSync(modules, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const path = join(modules, entry.name);
      if (entry.name.startsWith('@')) {
        for (const scoped of readdirSync(path)) {
          if (`${entry.name}/${scoped}` === name) copies.push(join(path, scoped));
          visit(join(path, scoped, 'node_modules'));
        }
      } else {
        if (entry.name === name) copies.push(path);
        visit(join(path, 'node_modules'));
      }
    }
  };
  visit(join(dir, 'node_modules'));
  return copies;
}
