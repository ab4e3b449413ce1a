import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootDir } from '../../../codegen/spec-file.mjs';
import { sizeOf } from '../bundle.mjs';
import { installTimes, pack } from '../package-install.mjs';
import { kib, pad } from '../print.mjs';

// c) Sizes. The client entry as a browser loads it ("without validators" swaps the generated validators for an
// empty table), then the package as npm publishes and installs it, against openapi-fetch alone: the library the
// client is built on, at the version it depends on, which a user could install instead.
export async function sizeSection() {
  await entrySizes();
  packageSizes();
}

async function entrySizes() {
  const noValidators = {
    name: 'no-validators',
    setup(build) {
      build.onResolve({ filter: /generated\/(request|response)-validators\.js$/ }, (args) => ({ path: args.path, namespace: 'empty' }));
      build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
        contents: 'export const requestValidators = {}; export const responseValidators = {};',
      }));
    },
  };
  const rows = {
    'openapi-fetch alone': await sizeOf('node_modules/openapi-fetch/dist/index.mjs'),
    'client entry, everything': await sizeOf('src/client/index.ts'),
    'client entry, beyond openapi-fetch': await sizeOf('src/client/index.ts', { external: ['openapi-fetch'] }),
    '  of which without validators': await sizeOf('src/client/index.ts', { external: ['openapi-fetch'], plugins: [noValidators] }),
  };
  console.log('\nc) Client entry size: what a browser loads up front (esbuild, minified ESM, split; gzip -9)');
  for (const [name, size] of Object.entries(rows)) console.log(`  ${pad(name, 38)}${kib(size.min)} min ${kib(size.gzip)} min+gzip`);
}

function packageSizes() {
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-bench-pack-'));
  try {
    const manifest = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8'));
    const baselineSpec = `openapi-fetch@${manifest.dependencies['openapi-fetch']}`;
    const ours = pack(scratch); // builds dist/ as publishing does
    const baseline = pack(scratch, baselineSpec);
    const [oursInstall, baselineInstall] = installTimes([ours.tarball, baselineSpec]);
    const column = 22;
    const bytes = (n) => `${n.toLocaleString('en-US')} B`;
    const row = (name, a, b, format) =>
      console.log(`  ${pad(name, 40)}${format(a).padStart(column)}${format(b).padStart(column)}${(a / b).toFixed(2).padStart(9)}×`);
    console.log(`\nc) The package as npm publishes and installs it, against ${baselineSpec} alone (its HTTP layer; same run)`);
    console.log(`  ${pad('', 40)}${'palomma-openapi'.padStart(column)}${baselineSpec.padStart(column)}${'ratio'.padStart(10)}`);
    row('packed (the tarball)', ours.packed, baseline.packed, bytes);
    row('unpacked (goal ≤ 1,200,000 B)', ours.unpacked, baseline.unpacked, bytes);
    row('files', ours.files, baseline.files, String);
    row('node_modules after install (with deps)', oursInstall.bytes, baselineInstall.bytes, bytes);
    row('npm install into an empty project (s)', oursInstall.seconds, baselineInstall.seconds, (s) => s.toFixed(2));
    console.log(`  (install: median of ${oursInstall.runs} each in ABBA order, offline from npm's cache; ours from the tarball packed here)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
