// The package's public face: the client factory, its errors and the API's named types.
export { createPalommaClient, type PalommaClient, type PalommaClientOptions } from './client.js';
export { authMiddleware } from './auth.js';
export { servers, type Environment } from './config.js';
export type { PayoutTargets, RequestOptions } from './resources/payout-targets.js';
export * from './errors.js';
export type * from './types.js';
