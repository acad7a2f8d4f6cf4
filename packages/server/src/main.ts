import { ConfigError, describeConfig, loadConfig } from './config.js';
import { startServer } from './server.js';

try {
  const config = loadConfig();
  console.log('cqtt server configuration:');
  for (const line of describeConfig(config)) console.log(`  ${line}`);

  const server = await startServer(config, { log: (line) => console.log(line) });
  if (server.seeded) {
    const { agencies, messages, dossiers } = server.seeded;
    console.log(`seeded: ${agencies} agencies, ${messages} messages, ${dossiers} dossiers`);
  }
  console.log(`\ncqtt demo: ${server.url}`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: closing the server and the database…`);
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`could not close cleanly: ${error instanceof Error ? error.name : 'unknown error'}`);
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
