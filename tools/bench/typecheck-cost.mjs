// Measures what the generated surface costs the compiler: a consumer calling every method, against the same calls
// through bare openapi-fetch on the same `paths`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { upperFirst } from '../../src/spec/operations.js';

function consumers(operations) {
  const palomma = [], bare = [];
  for (const op of operations) {
    const id = upperFirst(op.operationId);
    const ids = op.pathParameters.map(() => "'x'");
    const body = op.body ? `{} as ${id}Body` : undefined;
    const query = op.queryParameters.length ? `{} as ${id}Query` : undefined;
    palomma.push(`  await palomma.${op.resource}.${op.method}(${[...ids, ...(body ? [body] : []), ...(query ? [query] : [])].join(', ')});`);
    const path = op.pathParameters.length ? `path: { ${op.pathParameters.map((p) => `${p.name}: 'x'`).join(', ')} }` : '';
    const params = [path, query ? `query: ${query}` : ''].filter(Boolean).join(', ');
    const init = [params ? `params: { ${params} }` : '', body ? `body: ${body}` : ''].filter(Boolean).join(', ');
    bare.push(`  await client.${op.httpMethod}('${op.path}'${init ? `, { ${init} }` : ''});`);
  }
  const names = operations.flatMap((op) => [
    ...(op.body ? [`${upperFirst(op.operationId)}Body`] : []),
    ...(op.queryParameters.length ? [`${upperFirst(op.operationId)}Query`] : []),
  ]);
  // Both consumers see the package as a user does: through its emitted .d.ts files.
  const types = `import type { ${names.join(', ')} } from './decl/generated/types.js';`;
  return {
    palomma: [types, "import { createPalommaClient } from './decl/src/client/index.js';", "const palomma = createPalommaClient({ token: 't' });", 'export async function all() {', ...palomma, '}', ''].join('\n'),
    bare: [types, "import createClient from 'openapi-fetch';", "import type { paths } from './decl/generated/schema.js';", "const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:4010' });", 'export async function all() {', ...bare, '}', ''].join('\n'),
  };
}

// tsc's own "Check time" for one file and what it imports, in seconds.
function checkSeconds(dir, file, root) {
  const tsconfig = join(dir, `${file}.tsconfig.json`);
  writeFileSync(tsconfig, JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true, types: [], skipLibCheck: true }, include: [`${file}.ts`] }));
  const output = execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig, '--extendedDiagnostics'], { encoding: 'utf8' });
  return Number(/Check time:\s+([\d.]+)s/.exec(output)[1]);
}

/** `{ palomma, bare }`: median check seconds over `runs` runs of each, interleaved. */
export function typeCheckCost(operations, root, runs = 3) {
  const dir = join(root, '.scratch', `typecheck-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    // The client entry's declarations only: it is what a consumer of `palomma-openapi` type-checks against.
    const declConfig = join(dir, 'decl.tsconfig.json');
    writeFileSync(
      declConfig,
      JSON.stringify({
        extends: join(root, 'tsconfig.build.json'),
        compilerOptions: { declaration: true, emitDeclarationOnly: true, rootDir: root, outDir: join(dir, 'decl') },
        include: [join(root, 'src/client'), join(root, 'generated')],
        exclude: [join(root, 'generated/*.test-d.ts')],
      }),
    );
    execFileSync(process.execPath, [tsc, '-p', declConfig]);
    const files = consumers(operations);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.ts`), text);
    const times = { palomma: [], bare: [] };
    for (let i = 0; i < runs; i++) for (const name of Object.keys(times)) times[name].push(checkSeconds(dir, name, root));
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { palomma: median(times.palomma), bare: median(times.bare), calls: operations.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
