// The build's re-indentation: a tab per level of the printer's spaces, and never a change inside a literal that spans
// lines (its text would change with it); a re-indentation that changed the code is caught.
import { describe, expect, it } from 'vitest';
import { assertSameCode, indentWithTabs } from '../../../scripts/lib/indent.mjs';

describe('indentWithTabs', () => {
  it("turns esbuild's two spaces a level into tabs", () => {
    const code = 'function f(a) {\n  if (a) {\n    return 1;\n  }\n  return 2;\n}\n';
    expect(indentWithTabs(code, { fileName: 'f.js', width: 2 })).toBe('function f(a) {\n\tif (a) {\n\t\treturn 1;\n\t}\n\treturn 2;\n}\n');
  });

  it("turns TypeScript's four spaces a level into tabs, keeping the space before a JSDoc line's star", () => {
    const declaration = 'interface A {\n    /**\n     * The id.\n     */\n    id: string;\n}\n';
    expect(indentWithTabs(declaration, { fileName: 'a.d.ts', width: 4 })).toBe('interface A {\n\t/**\n\t * The id.\n\t */\n\tid: string;\n}\n');
  });

  it('leaves the lines of a template literal, a continued string and a template literal type as they are', () => {
    const code = 'function help() {\n  return `Usage:\n  --port   the port\n    ${"x"}\n  --host`;\n}\nvar s = "a\\\n  b";\n';
    expect(indentWithTabs(code, { fileName: 'h.js', width: 2 })).toBe(
      'function help() {\n\treturn `Usage:\n  --port   the port\n    ${"x"}\n  --host`;\n}\nvar s = "a\\\n  b";\n',
    );
    const declaration = 'declare const a: {\n    b: `one\n    two${string}\n    three`;\n};\n';
    expect(indentWithTabs(declaration, { fileName: 'a.d.ts', width: 4 })).toBe('declare const a: {\n\tb: `one\n    two${string}\n    three`;\n};\n');
  });

  it('re-indents the code inside a substitution that spans lines', () => {
    const code = 'var t = `a ${f(\n  1\n)} b`;\n';
    expect(indentWithTabs(code, { fileName: 't.js', width: 2 })).toBe('var t = `a ${f(\n\t1\n)} b`;\n');
  });

  it('refuses a file that does not parse', () => {
    expect(() => indentWithTabs('function (\n', { fileName: 'broken.js', width: 2 })).toThrow(/broken\.js does not parse/);
  });
});

describe('assertSameCode', () => {
  it('accepts a change of indentation and refuses a change inside a literal', async () => {
    const code = 'function f() {\n  return `a\n  b`;\n}\n';
    await expect(assertSameCode(code, indentWithTabs(code, { fileName: 'f.js', width: 2 }), 'f.js')).resolves.toBeUndefined();
    await expect(assertSameCode(code, code.replaceAll('  ', '\t'), 'f.js')).rejects.toThrow(/f\.js no longer compiles to the same code/);
  });
});
