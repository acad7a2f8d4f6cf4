import { describeAuthSettings, loadAuthSettings } from './auth/config.js';
import { ConfigError, describeConfig, loadConfig } from './config.js';
import { demoAuthEnvironment } from './demo/demo-auth.js';
import { createLogger } from './privacy/logger.js';
import { startServer } from './server.js';

try {
  const config = loadConfig();
  const auth = loadAuthSettings(config.demoAuth ? demoAuthEnvironment(process.env) : process.env);
  // Every line the server writes passes through the redacting logger: no phone numbers, names or tokens.
  const logger = createLogger((record) => (record.level === 'error' ? console.error : console.log)(record.message));
  const log = (line: string): void => logger.info(line);
  log('cqtt server configuration:');
  for (const line of [...describeConfig(config), ...describeAuthSettings(auth)]) log(`  ${line}`);

  const server = await startServer(config, auth, { log });
  if (server.seeded) {
    const { agencies, messages, dossiers } = server.seeded;
    log(`seeded: ${agencies} agencies, ${messages} messages, ${dossiers} dossiers`);
  }
  if (config.demoAuth) log('demo sign-in: POST /demo/sign-in gives anyone a staff token; never turn CQTT_DEMO_AUTH on in production');
  log(`\ncqtt demo: ${server.url}`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`\n${signal}: closing the server and the database…`);
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`could not close cleanly: ${error instanceof Error ? error.name : 'unknown error'}`);
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`cqtt: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
