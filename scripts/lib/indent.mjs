// The build's files indented with tabs, one per level, where esbuild prints two spaces and TypeScript's .d.ts emit
// four: a fifth of the declarations' bytes and a twentieth of the code's are indentation. The code reads the same,
// at the width the reader's editor gives a tab; only whitespace at the start of a line changes, and never inside a
// string, a template literal or a regular expression (the text of a line starting inside one is the literal's).
import { transform } from 'esbuild';
import ts from 'typescript';

/**
 * `text` with each line's leading run of `width` spaces turned into one tab per `width` (a remainder, such as the
 * space before a JSDoc line's `*`, stays a space).
 * @param {string} text a built .js or .d.ts file
 * @param {{ fileName: string, width: number }} options its name (for its kind: JavaScript or a declaration file),
 *   and how many spaces the printer used per level
 */
export function indentWithTabs(text, { fileName, width }) {
  const literals = multiLineLiterals(text, fileName);
  let next = 0; // the first literal that may still hold a line start
  return text.replace(/^ +/gm, (spaces, offset) => {
    while (next < literals.length && literals[next].end <= offset) next++;
    if (next < literals.length && literals[next].start < offset) return spaces;
    return '\t'.repeat(Math.floor(spaces.length / width)) + ' '.repeat(spaces.length % width);
  });
}

/**
 * Fails unless `before` and `after` are the same JavaScript program: esbuild prints both without whitespace, and the
 * two must be equal to the byte (strings, templates and regular expressions included).
 */
export async function assertSameCode(before, after, fileName) {
  const compact = async (code) => (await transform(code, { minifyWhitespace: true, target: 'es2022' })).code;
  if ((await compact(before)) !== (await compact(after))) throw new Error(`indent: ${fileName} no longer compiles to the same code`);
}

/** Where the literals spanning more than one line are, in order, as read by TypeScript's parser. */
function multiLineLiterals(text, fileName) {
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  // parseDiagnostics: the parser's own errors, without building a program (not in TypeScript's public types).
  if (source.parseDiagnostics?.length) throw new Error(`indent: ${fileName} does not parse: ${source.parseDiagnostics[0].messageText}`);
  const literals = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node) || node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(source);
      if (text.slice(start, node.end).includes('\n')) literals.push({ start, end: node.end });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return literals.sort((a, b) => a.start - b.start);
}
