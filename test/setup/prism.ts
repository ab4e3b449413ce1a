// Starts one real Prism process on a free loopback port before the tests and stops it after.
import type { TestProject } from 'vitest/node';
import { startPrism } from '../../scripts/lib/prism.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startPrism();
  project.provide('prismUrl', mock.url);
  return () => mock.close();
}
