// The services `npm start` runs from the last good spec, each behind its own front on a public port. Another
// service (the sandbox, say) is one more entry: how to start an instance from a spec file, and its port settings.
import { startMockServer } from '../../../src/mock.js';

/**
 * @typedef {{ port: number, stop(): Promise<void> }} Instance
 * @typedef {{
 *   name: string, label: string, flag: string, env: string, defaultPort: string,
 *   start(specFile: string): Promise<Instance>, hint?(url: string, specFile: string): string
 * }} Service
 * @type {Service[]}
 */
export const services = [
  {
    name: 'mock',
    label: 'Mock',
    flag: 'mock-port',
    env: 'MOCK_PORT',
    defaultPort: '4010',
    async start(specFile) {
      const mock = await startMockServer({ spec: specFile, port: 0 });
      return { port: mock.port, stop: mock.close };
    },
  },
];
