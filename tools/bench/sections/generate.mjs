import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootDir } from '../../../codegen/spec-file.mjs';
import { median } from '../measure.mjs';

// d) Wall time of `npm run generate` (the generator itself, into a scratch folder).
export function generateSection() {
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-bench-'));
  const times = [];
  try {
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      execFileSync(process.execPath, ['--import', 'tsx', join(rootDir, 'codegen/generate.mjs'), '--out', scratch], { stdio: 'ignore' });
      times.push(performance.now() - start);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\nd) npm run generate: ${median(times).toFixed(0)} ms wall (median of 3 runs, Node start-up included; goal ≤ 1 500 ms)`);
  const dir = join(rootDir, 'generated');
  // A folder (validators/, a module per schema) counts as one entry: the sum of its files.
  const sizes = readdirSync(dir).map((name) => [name, bytesIn(join(dir, name))]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(`   generated/: ${sizes.length} entries, ${(total / 1024).toFixed(1)} KiB (${sizes.map(([n, s]) => `${n} ${(s / 1024).toFixed(1)}`).join(', ')})`);
}

function bytesIn(path) {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + bytesIn(join(path, name)), 0) : stat.size;
}
