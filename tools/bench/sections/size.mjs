import { sizeOf } from '../bundle.mjs';
import { kib, pad } from '../print.mjs';

// c) Bundle size of the client entry; "without validators" swaps the generated validators for an empty table.
export async function sizeSection() {
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
