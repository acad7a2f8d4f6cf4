/**
 * @cqtt/server: the reference server. The API contract over HTTP; serves the demo portal.
 * @packageDocumentation
 */
export { createApp } from './app.js';
export { loadConfig, ConfigError, type ServerConfig } from './config.js';
