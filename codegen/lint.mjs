// The spec's lint step: Redocly's recommended-strict rules (redocly.yaml) over openapi.yaml, the sandbox's control
// API and the Arazzo flows. Plain JavaScript importing nothing of the generator, so `npm run lint` starts fast.
import { join, relative } from 'node:path';
import { runBin } from './run.mjs';
import { rootDir, specPath } from './spec-file.mjs';

/** The sandbox's control API description, linted and documented beside openapi.yaml. */
export const sandboxSpecPath = join(rootDir, 'sandbox.yaml');

/** Lints with Redocly's recommended-strict rules (`specs`: several files in one run); ok when there is no problem at all. */
export async function lintSpec({ spec = specPath, specs = [spec], quiet = false } = {}) {
  const { code, output } = await runBin('redocly', ['lint', ...specs.map((file) => relative(rootDir, file))], { quiet });
  return { ok: code === 0, output };
}
