import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
console.log('cqtt server configuration:');
for (const [key, value] of Object.entries(config)) console.log(`  ${key}: ${String(value)}`);

const server = serve({ fetch: createApp(config).fetch, hostname: config.host, port: config.port }, (info) => {
  console.log(`\ncqtt demo: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
