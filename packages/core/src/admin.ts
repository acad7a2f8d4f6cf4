/**
 * @cqtt/core/admin: the administration API's contract and adapters, for the admin console and the server only.
 * Kept out of `@cqtt/core` so no citizen or staff bundle carries it.
 * @packageDocumentation
 */
export * from './api/admin-contract.js';
export * from './api/admin-adapter-types.js';
export { type HttpAdminAdapterOptions, HttpAdminAdapter } from './api/admin-http-adapter.js';
export { type MemoryAdminAdapterOptions, MemoryAdminAdapter } from './api/admin-memory-adapter.js';
