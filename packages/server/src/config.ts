import { fileURLToPath } from 'node:url';

/** The server's settings, read from environment variables with defaults. */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Folder of the demo portal's pages. */
  readonly demoDir: string;
  /** Folder of the built in-browser module (both flavours). */
  readonly bundleDir: string;
}

/** Raised when an environment variable holds a value the server cannot use. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 8787;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new ConfigError(`CQTT_PORT must be a port number (0-65535), got "${value}".`);
  }
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.CQTT_HOST || '127.0.0.1',
    port: port(env.CQTT_PORT ?? env.PORT),
    demoDir: env.CQTT_DEMO_DIR || `${repoRoot}demo`,
    bundleDir: env.CQTT_BUNDLE_DIR || `${repoRoot}packages/microfrontend/dist/browser`,
  };
}
