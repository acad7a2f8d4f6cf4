import { describeAuthSettings, loadAuthSettings } from '../auth/config.js';
import { describeConfig, type ServerConfig } from '../config.js';
import { demoAuthEnvironment } from '../demo/demo-auth.js';
import type { Logger } from '../privacy/logger.js';
import { startServer } from '../server.js';

/**
 * `cqtt-server start`: prints the configuration (the data folder, the hotline as configured), runs the server,
 * and on SIGTERM or SIGINT drains it (`/readyz` 503, no new connections, open requests finish within
 * `CQTT_SHUTDOWN_TIMEOUT_S`), closes the database and exits 0.
 */
export async function start(config: ServerConfig, env: NodeJS.ProcessEnv, logger: Logger): Promise<void> {
  const auth = loadAuthSettings(config.demoAuth ? demoAuthEnvironment(env) : env);
  for (const line of [...describeConfig(config), ...describeAuthSettings(auth)]) logger.info(`config: ${line}`);

  const server = await startServer(config, auth, { logger });
  if (server.seeded) {
    const { agencies, messages, dossiers, surveys } = server.seeded;
    logger.info(`seeded: ${agencies} agencies, ${messages} messages, ${dossiers} dossiers, ${surveys} survey answers`);
  }
  if (config.demoAuth) logger.warn('demo sign-in: POST /demo/sign-in gives anyone a staff token (CQTT_MODE=demo); never in production');
  logger.info(config.mode === 'demo' ? `cqtt demo: ${server.url}` : `cqtt server: ${server.url}`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal}: draining (up to ${config.shutdownTimeoutS} s), then closing the database`);
      server.close().then(
        ({ drained }) => {
          if (!drained) logger.warn(`shutdown: requests still open after ${config.shutdownTimeoutS} s were cut`);
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error(`could not close cleanly: ${error instanceof Error ? error.name : 'unknown error'}`);
          process.exit(1);
        },
      );
    });
  }
}
