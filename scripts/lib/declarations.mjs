// The build's .d.ts files, emitted by TypeScript alone, without type-checking them again (`noCheck`): npm test's
// typecheck (vitest's, over the whole project) is what checks this code. tsup then bundles one .d.ts per entry from
// these files instead of compiling the sources itself, which type-checks every file once more (half the build's
// CPU time).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { rootDir } from '../../codegen/spec-file.mjs';

/**
 * Emits the declarations of tsconfig.build.json's program into a new folder under .scratch/ (inside the project,
 * so their imports resolve node_modules as the sources' do) and returns each entry's .d.ts there.
 * @param {Record<string, string>} entries entry name → source file relative to the project (`src/….ts`)
 * @returns {{ folder: string, entries: Record<string, string> }}
 */
export function emitDeclarations(entries) {
  mkdirSync(join(rootDir, '.scratch'), { recursive: true });
  const folder = mkdtempSync(join(rootDir, '.scratch', 'declarations-'));
  try {
    const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail([diagnostic]) };
    const options = { noEmit: false, declaration: true, emitDeclarationOnly: true, noCheck: true, rootDir, outDir: folder };
    const config = ts.getParsedCommandLineOfConfigFile(join(rootDir, 'tsconfig.build.json'), options, host);
    if (config.errors.length) fail(config.errors);
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    // What noCheck leaves: syntax errors, and declarations TypeScript cannot write (a type it cannot name).
    const { diagnostics } = program.emit();
    const errors = [...program.getSyntacticDiagnostics(), ...diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length) fail(errors);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { folder, entries: Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, join(folder, source.replace(/\.ts$/, '.d.ts'))])) };
}

function fail(diagnostics) {
  const formatHost = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => rootDir, getNewLine: () => '\n' };
  throw new Error(`declarations: ${ts.formatDiagnostics(diagnostics, formatHost)}`);
}
