// Lays generated JavaScript out as a person would: a statement per line, blocks indented. (Ajv's own `lines` option
// breaks its code into lines but indents nothing.) esbuild's printer, with no minifying and no lowering, does it.
import { transformSync } from 'esbuild';

/** The same program, printed with esbuild; UTF-8 text stays as written rather than turned into escapes. */
export function layOut(code) {
  return transformSync(code, { format: 'esm', target: 'esnext', charset: 'utf8', legalComments: 'none' }).code;
}
