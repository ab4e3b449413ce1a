// ARCHITECTURE.md's import rules, checked against every relative import in the tree.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
/** Folder → the folders it may import (itself always allowed). The most specific prefix wins. */
const allowed: Record<string, string[]> = {
  'src/spec': [],
  'src/client': ['src/spec', 'generated'],
  'src/webhooks': ['src/client', 'src/spec', 'generated'],
  'src/node': ['src/client', 'src/webhooks', 'src/spec', 'generated'],
  generated: ['src/client'],
  codegen: ['src', 'generated'],
  tools: ['src', 'codegen', 'generated'],
  scripts: ['src', 'codegen', 'tools', 'generated'],
  bin: ['dist'],
};
const layers = Object.keys(allowed).sort((a, b) => b.length - a.length);
const layerOf = (file: string) => layers.find((layer) => file === layer || file.startsWith(`${layer}/`));

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.(m?[jt]s|cjs)$/.test(entry.name)) yield path;
  }
}

/** Every relative specifier a file imports, statically or dynamically, resolved against the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    found.push(relative(root, normalize(join(root, dirname(file), specifier))));
  }
  return found;
}

describe('the dependency arrows of ARCHITECTURE.md', () => {
  const files = ['src', 'generated', 'codegen', 'tools', 'scripts', 'bin'].flatMap((dir) => [...sources(dir)]);

  it('finds the files and their imports (so the rules below check something)', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(files.flatMap(importsOf).length).toBeGreaterThan(200);
  });

  it('every import stays in its layer or points where the table allows', () => {
    const broken: string[] = [];
    for (const file of files) {
      const from = layerOf(file)!;
      for (const target of importsOf(file)) {
        const to = layerOf(target) ?? target.split('/')[0]!;
        // Files at the root (openapi.yaml, package.json) are data, not layers.
        if (to === from || !target.includes('/')) continue;
        const ok = allowed[from]!.some((layer) => to === layer || to.startsWith(`${layer}/`) || (layer === 'src' && to.startsWith('src/')) || target.startsWith(`${layer}/`));
        if (!ok) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('nothing under src/ imports codegen/, tools/ or scripts/', () => {
    const broken = [...sources('src')].flatMap((file) => importsOf(file).filter((t) => /^(codegen|tools|scripts)\//.test(t)).map((t) => `${file} → ${t}`));
    expect(broken).toEqual([]);
  });

  it('the browser-safe folders import no node: module', () => {
    const broken = ['src/client', 'src/webhooks', 'src/spec'].flatMap((dir) =>
      [...sources(dir)].filter((file) => /from\s*['"]node:|require\(['"]node:|import\(['"]node:/.test(readFileSync(join(root, file), 'utf8'))),
    );
    expect(broken).toEqual([]);
  });
});
