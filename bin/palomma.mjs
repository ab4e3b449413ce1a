#!/usr/bin/env node
// palomma: the package's command line, run from the build (dist/cli.js); see src/node/cli/main.ts.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('palomma: dist/cli.js is missing: in a checkout of the repository, run `npm run build` first.');
  process.exit(1);
}
const { main } = await import(built.href);
await main(process.argv.slice(2));
