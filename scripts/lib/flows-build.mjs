// Builds `palomma flows` (src/node/cli/flows.ts) into dist/node/cli/flows.js, the file the bin runs: at the same
// depth as its source, so the paths it finds from itself (the Arazzo document at the package root) hold in both.
import { join } from 'node:path';
import { build } from 'esbuild';
import { rootDir } from './spec.mjs';

export const flowsCliOutput = join(rootDir, 'dist/node/cli/flows.js');

export async function buildFlowsCli() {
  await build({
    entryPoints: [join(rootDir, 'src/node/cli/flows.ts')],
    outfile: flowsCliOutput,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The package's runtime dependency stays an import; Redocly's CLI is found at run time, never bundled.
    external: ['yaml'],
    logLevel: 'warning',
  });
  return flowsCliOutput;
}
