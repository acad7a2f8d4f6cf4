import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ServerConfig } from '../config.js';
import { connectDatabase, migrate, openDatabase } from '../db/open.js';
import { migrations } from '../db/migrations.js';
import { PgliteClient } from '../db/pglite-client.js';
import { SqlRepository } from '../db/sql-repository.js';
import type { Logger } from '../privacy/logger.js';
import { seedCatalog } from '../seed/seed.js';

/** A command's exit code: 0 done, 1 refused or failed. */
export type ExitCode = 0 | 1;

function onPostgres(config: ServerConfig, logger: Logger, command: 'backup' | 'restore'): boolean {
  if (config.databaseUrl === '') return false;
  logger.error(
    command === 'backup'
      ? 'backup: on PostgreSQL use its own tools, e.g. pg_dump --format=custom --file=cqtt.dump "$CQTT_DATABASE_URL"'
      : 'restore: on PostgreSQL use its own tools, e.g. pg_restore --clean --if-exists --dbname="$CQTT_DATABASE_URL" cqtt.dump',
  );
  return true;
}

/** `cqtt-server migrate`: applies the migrations the database has not seen (under the migrations' lock) and exits. */
export async function migrateCommand(config: ServerConfig, logger: Logger): Promise<ExitCode> {
  const db = await connectDatabase(config);
  try {
    const applied = await migrate(db, migrations);
    logger.info(applied.length === 0 ? 'migrate: the schema is up to date' : `migrate: applied migration(s) ${applied.join(', ')}`);
  } finally {
    await db.close();
  }
  return 0;
}

/**
 * `cqtt-server seed-catalog`: fills an empty catalog with the plan's (agencies, procedures, same-day list) and empty
 * ticker lines with the default ones, with the configured hotline. Never adds a dossier; leaves data alone.
 */
export async function seedCatalogCommand(config: ServerConfig, logger: Logger): Promise<ExitCode> {
  const repository = new SqlRepository(await openDatabase(config));
  try {
    const { agencies, messages } = await seedCatalog(repository, { hotline: config.hotline });
    logger.info(agencies === 0 && messages === 0 ? 'seed-catalog: the catalog and the ticker already have data; nothing changed' : `seed-catalog: ${agencies} agencies, ${messages} ticker lines`);
  } finally {
    await repository.close();
  }
  return 0;
}

/** `cqtt-server backup FILE`: writes the PGlite database as a gzipped tarball (stop the server first). */
export async function backupCommand(config: ServerConfig, file: string | undefined, logger: Logger): Promise<ExitCode> {
  if (onPostgres(config, logger, 'backup')) return 1;
  if (file === undefined) {
    logger.error('backup: name the file to write, e.g. cqtt-server backup cqtt-2026-11-27.tar.gz');
    return 1;
  }
  if (!existsSync(config.dataDir)) {
    logger.error(`backup: no database in ${config.dataDir}`);
    return 1;
  }
  const db = await PgliteClient.open(config.dataDir);
  try {
    const dump = await db.dumpDataDir();
    await writeFile(resolve(file), Buffer.from(await dump.arrayBuffer()), { flag: 'wx' });
    logger.info(`backup: ${config.dataDir} written to ${resolve(file)} (${dump.size} bytes)`);
  } finally {
    await db.close();
  }
  return 0;
}

/** `cqtt-server restore FILE`: creates the PGlite database in an empty data folder from a backup, then migrates it. */
export async function restoreCommand(config: ServerConfig, file: string | undefined, logger: Logger): Promise<ExitCode> {
  if (onPostgres(config, logger, 'restore')) return 1;
  if (file === undefined) {
    logger.error('restore: name the backup to load, e.g. cqtt-server restore cqtt-2026-11-27.tar.gz');
    return 1;
  }
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
    logger.error(`restore: ${config.dataDir} is not empty; restore into an empty folder (set CQTT_DATA_DIR) and move it in place`);
    return 1;
  }
  const db = await PgliteClient.restore(config.dataDir, new Blob([await readFile(resolve(file))]));
  try {
    const applied = await migrate(db, migrations);
    logger.info(`restore: ${resolve(file)} loaded into ${config.dataDir}${applied.length > 0 ? `; applied migration(s) ${applied.join(', ')}` : ''}`);
  } finally {
    await db.close();
  }
  return 0;
}
