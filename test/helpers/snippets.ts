// Code written for users (README blocks, docs samples) checked as users get it: type-checked as written against the
// package's published types (dist/'s .d.ts, through package.json `exports`), or run with its `palomma-openapi`
// imports pointed at this checkout's src/.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative as relativePath, sep } from 'node:path';
import { promisify } from 'node:util';

const root = process.cwd();
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const run = promisify(execFile);

/** Where each package entry lives in src/ (`.js` names, which resolve to the TypeScript sources too). */
const entries: Record<string, string> = {
  'palomma-openapi/sandbox': 'src/node/sandbox/index.js',
  'palomma-openapi/webhooks': 'src/webhooks/index.js',
  'palomma-openapi': 'src/client/index.js',
};

/** The snippet, to be written into `dir`, with its `from 'palomma-openapi…'` imports pointed at src/. */
export function withLocalImports(code: string, dir: string): string {
  let local = code;
  for (const [name, path] of Object.entries(entries)) {
    const relative = relativePath(dir, join(root, path)).split(sep).join('/');
    local = local.replaceAll(`from '${name}'`, `from '${relative.startsWith('.') ? relative : `./${relative}`}'`);
  }
  return local;
}

/** A scratch folder inside the project (.scratch/, ignored by git) so node_modules resolves; `remove` deletes it. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  mkdirSync(join(root, '.scratch'), { recursive: true });
  const dir = mkdtempSync(join(root, '.scratch', `${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Type-checks each snippet as its own module, its imports as written, against the package's published types: the
 * project's tsconfig.json without its `paths` (which point the package's name at src/), so `palomma-openapi…`
 * resolves as a user's import does, through package.json `exports` to dist/'s .d.ts (built before any test runs).
 * Those declarations are not checked again, only the snippets are: a fraction of compiling src/ with them.
 * `prelude` goes before every snippet (declarations a sample assumes). Resolves to tsc's output: '' when clean.
 */
export async function typeCheckSnippets(snippets: string[], options: { prelude?: string; compilerOptions?: Record<string, unknown> } = {}): Promise<string> {
  const scratch = scratchDir('snippets');
  try {
    const files = snippets.map((code, i) => {
      const file = join(scratch.dir, `snippet${i}.ts`);
      writeFileSync(file, `${options.prelude ?? ''}${code}\nexport {};\n`);
      return file;
    });
    const tsconfig = join(scratch.dir, 'tsconfig.json');
    const compilerOptions = { ...options.compilerOptions, paths: {} };
    writeFileSync(tsconfig, JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions, include: files }));
    return await run(process.execPath, [tsc, '-p', tsconfig], { encoding: 'utf8' }).then(
      ({ stdout }) => stdout,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error),
    );
  } finally {
    scratch.remove();
  }
}
