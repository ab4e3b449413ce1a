// Starts one real Prism process on a free loopback port before the tests and stops it after.
import type { TestProject } from 'vitest/node';
import { startMockServer } from '../../src/node/prism/mock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMockServer();
  project.provide('prismUrl', mock.url);
  return () => mock.close();
}
