// The spec's validators (Ajv's output, half of the built code) compacted, wherever the bundle puts them: names,
// schema paths and lines of at most about 200 characters are kept, so a stack trace or a profile still names the
// validator and points at a line. Hand-written code is left as esbuild prints it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';

/** A generated validator module: one schema's (generated/validators/) or a table of them (generated/*-validators.js). */
const generatedValidator = /[\\/]generated[\\/](validators[\\/][^\\/]+|[a-z]+-validators)\.js$/;
const isValidator = (module) => generatedValidator.test(`/${module}`);

/**
 * An esbuild plugin: Ajv's code spends most of its bytes on one idiom per check
 * (`if (vErrors === null) { vErrors = [err]; } else { vErrors.push(err); } errors++;`), which esbuild's syntax
 * minifier rewrites to one line as the validators are loaded.
 */
export const compactValidators = {
  name: 'compact-validators',
  setup(esbuild) {
    esbuild.onLoad({ filter: generatedValidator }, async ({ path }) => ({
      contents: (await transform(readFileSync(path, 'utf8'), { minifySyntax: true, target: 'es2022' })).code,
      loader: 'js',
    }));
  },
};

const header = "// The spec's validators, compiled from openapi.yaml by Ajv; whitespace removed, names kept.\n";

/**
 * After the build, the validators also lose their whitespace: another fifth of their size. A chunk holding nothing
 * else is compacted whole; in a chunk shared with hand-written code (the webhook envelopes' validators live with
 * the webhook code that alone uses them), each validator module is compacted in place, under esbuild's
 * `// generated/…` line naming it, and the hand-written modules around it are left as printed.
 * @param {string} metafile esbuild's metafile of the build, which says which modules each output holds
 * @returns {string[]} the outputs (absolute paths)
 */
export async function minifyValidators(metafile) {
  const { outputs } = JSON.parse(readFileSync(metafile, 'utf8'));
  for (const [output, { inputs }] of Object.entries(outputs)) {
    const modules = Object.keys(inputs);
    if (!modules.some(isValidator)) continue;
    const file = resolve(output); // the metafile's paths are relative to the working directory
    const code = readFileSync(file, 'utf8');
    writeFileSync(file, modules.every(isValidator) ? header + (await compact(code)) : await compactModules(code, modules));
  }
  return Object.keys(outputs).map((output) => resolve(output));
}

/** The validator modules of a mixed chunk compacted, each between its `// module` line and the next module's. */
async function compactModules(code, modules) {
  const markers = new Set(modules.map((module) => `// ${module}`));
  const lines = code.split('\n');
  const result = [];
  let validator = null; // the lines of the validator module being read
  const flush = async () => {
    if (validator) result.push((await compact(validator.join('\n'))).trimEnd());
    validator = null;
  };
  for (const line of lines) {
    // A module ends at the next module's line, or at the chunk's closing `export { … }`.
    if (markers.has(line) || line.startsWith('export {')) {
      await flush();
      result.push(line);
      if (markers.has(line) && isValidator(line.slice(3))) validator = [];
    } else if (validator) validator.push(line);
    else result.push(line);
  }
  await flush();
  return result.join('\n');
}

async function compact(code) {
  const { code: compacted } = await transform(code, {
    minifyWhitespace: true,
    minifySyntax: true,
    // Lines of at most about 200 characters: what Node prints of the line an uncaught error came from.
    lineLimit: 200,
    target: 'es2022',
  });
  return compacted;
}
