// The services `npm start` runs from the last good spec, each behind its own front on a public port. Another
// service (the sandbox, say) is one more entry: how to start an instance from a spec file, and its port settings.
import { dirname } from 'node:path';
import { mockCall } from '../../src/node/prism/behind-front.js';
import { createPrismPool } from './prism-pool.mjs';
import { sandboxServices } from './sandbox-service.mjs';

/**
 * @typedef {{ port: number, stop(): Promise<void> }} Instance
 * @typedef {{
 *   name: string, label: string, flag: string, env: string, defaultPort: string,
 *   start(specFile: string): Promise<Instance>, afterLint?: boolean,
 *   prepare?(stateDir: string, options?: { warm?: boolean }): void, close?(): Promise<void>
 * }} Service
 * `start` runs a new instance on a private loopback port from a snapshot file that never changes; `prepare`
 * (optional) gets the next start ready while nothing is being reloaded (at start-up, with `{ warm: false }`); `close` releases what `prepare` holds;
 * `afterLint` starts the instance only once the save has passed lint, not beside it (for a service with state).
 */

// One Prism process for the run serves the mock and the sandbox's validating proxy alike.
const prism = createPrismPool();
/** The sandbox's entries; start.mjs tells it where its control API is reached from (the control front's URL). */
export const sandbox = sandboxServices({ prism });

/** @type {Service[]} */
export const services = [
  {
    name: 'mock',
    label: 'Mock',
    flag: 'mock-port',
    env: 'MOCK_PORT',
    defaultPort: '4010',
    // What startMockServer asks Prism for, with its defaults.
    start: (specFile) => prism.serve(dirname(specFile), mockCall({ spec: specFile })),
    prepare: (stateDir, options) => prism.refill(stateDir, options),
    close: () => prism.close(),
  },
  sandbox.api,
  sandbox.control,
];
