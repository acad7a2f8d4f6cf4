import { backupCommand, migrateCommand, restoreCommand, seedCatalogCommand } from './cli/data-commands.js';
import { start } from './cli/start.js';
import { unknownVariables } from './cli/unknown-variables.js';
import { ConfigError, loadConfig } from './config.js';
import { DataFolderInUseError } from './db/folder-lock.js';
import { createLogger, jsonLineSink, type Logger } from './privacy/logger.js';

const usage = `Usage: cqtt-server [command]
  start                 run the server (the default)
  migrate               apply the database migrations and exit
  seed-catalog          fill an empty catalog and ticker with the plan's (never adds dossiers)
  backup FILE.tar.gz    write the embedded (PGlite) database to FILE; stop the server first
  restore FILE.tar.gz   load a backup into an empty CQTT_DATA_DIR
Settings come from CQTT_* environment variables (see the README).`;

function consoleLogger(publicTexts: readonly string[]): Logger {
  const out = jsonLineSink((line) => console.log(line));
  const err = jsonLineSink((line) => console.error(line));
  // Every line the server writes passes through the redacting logger: no phone numbers, names or tokens.
  return createLogger((record) => (record.level === 'error' ? err : out)(record), { publicTexts });
}

async function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number | undefined> {
  const [command = 'start', file] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(usage);
    return 0;
  }
  const config = loadConfig(env);
  // The hotline is public by law: printed as configured, not masked as a phone number.
  const logger = consoleLogger([config.hotline]);
  for (const { name, suggestion } of unknownVariables(env)) {
    logger.warn(`unknown setting ${name} is ignored${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
  }
  switch (command) {
    case 'start':
      await start(config, env, logger);
      return undefined;
    case 'migrate':
      return migrateCommand(config, logger);
    case 'seed-catalog':
      return seedCatalogCommand(config, logger);
    case 'backup':
      return backupCommand(config, file, logger);
    case 'restore':
      return restoreCommand(config, file, logger);
    default:
      console.error(`cqtt-server: unknown command "${command}"\n${usage}`);
      return 2;
  }
}

try {
  const code = await run(process.argv.slice(2), process.env);
  if (code !== undefined) process.exitCode = code;
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof DataFolderInUseError)) throw error;
  console.error(`cqtt: ${error.message}`);
  process.exit(2);
}
