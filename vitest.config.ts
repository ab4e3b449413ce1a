import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The package's own name, as the Node-only webhook entries and the examples import it, is its source here (as in
  // tsconfig.json's paths).
  resolve: {
    alias: [
      { find: /^palomma-openapi$/, replacement: source('./src/client/index.ts') },
      { find: /^palomma-openapi\/webhooks$/, replacement: source('./src/webhooks/index.ts') },
      { find: /^palomma-openapi\/webhooks\/node$/, replacement: source('./src/node/webhooks/node-listener.ts') },
      { find: /^palomma-openapi\/webhooks\/redis$/, replacement: source('./src/node/webhooks/redis-store.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ built once if stale, before any test reads it; one Prism mock of openapi.yaml for the whole run
    // (contract tests read its URL with inject('prismUrl')); one Chromium, launched when a test first asks for it.
    globalSetup: ['test/setup/dist.ts', 'test/setup/prism.ts', 'test/setup/chromium.ts'],
    reporters: ['default', './test/setup/summary-reporter.ts'],
    typecheck: {
      enabled: true,
      // The hand-written type tests, and those generated from the spec for every method (methods.generated.test-d.ts).
      // Its tsconfig is the whole project's program with them added: this one tsc run is npm test's type-check, and
      // an error outside the type tests fails the run as a source error.
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './test/types/tsconfig.json',
    },
    // The property tests' notes (seed, counts, known differences with Prism) are for someone studying them, not
    // for every run, where they read like failures: PALOMMA_PROPERTY_REPORT=1 shows them.
    onConsoleLog: (log) => (log.startsWith('[property]') && !process.env.PALOMMA_PROPERTY_REPORT ? false : undefined),
    // Vitest's default on a 2-core machine is one worker, but most of the time here is spent waiting on child
    // processes (Prism, tsc, Chromium): more workers overlap those waits.
    maxWorkers: 4,
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
