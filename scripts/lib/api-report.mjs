// Runs API Extractor on one .d.ts entry and compares its API report (the exported TypeScript surface, as text)
// with the committed one; with `update` it rewrites the committed report. Several entries can share one
// TypeScript program (`sharedProgram`): API Extractor's own way to analyse many entries with one compilation.
import { join } from 'node:path';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { rootDir } from '../../codegen/spec-file.mjs';

/**
 * One TypeScript program over every .d.ts entry in `types`, for `extractReport`'s `program` option: each entry's
 * report is then read from it instead of compiling the shared declarations once per entry.
 * @param {string[]} types
 */
export function sharedProgram(types) {
  const [first, ...rest] = types;
  return CompilerState.create(extractorConfig({ types: first, name: 'shared', reportFolder: rootDir, tempFolder: rootDir }), { additionalEntryPoints: rest });
}

/**
 * @param {{ types: string, name: string, reportFolder: string, tempFolder: string, update?: boolean, program?: ReturnType<typeof sharedProgram> }} options
 *   `types` is the .d.ts entry; the report is `<reportFolder>/<name>.api.md`, the fresh one `<tempFolder>/<name>.api.md`;
 *   `program`, from `sharedProgram`, must include `types`.
 * @returns {{ changed: boolean, fresh: string, committed: string }}
 */
export function extractReport({ types, name, reportFolder, tempFolder, update = false, program }) {
  const config = extractorConfig({ types, name, reportFolder, tempFolder });
  const errors = [];
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    ...(program ? { compilerState: program } : {}),
    // Progress lines are noise here; errors are collected and thrown.
    messageCallback(message) {
      message.handled = true;
      if (message.logLevel === 'error') errors.push(message.text);
    },
  });
  if (result.errorCount > 0 || errors.length) throw new Error(`api-extractor failed on ${types}: ${errors.join('; ')}`);
  return { changed: result.apiReportChanged, fresh: join(tempFolder, `${name}.api.md`), committed: join(reportFolder, `${name}.api.md`) };
}

function extractorConfig({ types, name, reportFolder, tempFolder }) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: rootDir,
      mainEntryPointFilePath: types,
      compiler: {
        overrideTsconfig: {
          compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [], strict: true, skipLibCheck: true },
          files: [types],
        },
      },
      apiReport: { enabled: true, reportFolder, reportTempFolder: tempFolder, reportFileName: name },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // No release tags (@public, @beta) are used: everything exported is public.
        extractorMessageReporting: { default: { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        compilerMessageReporting: { default: { logLevel: 'warning' } },
      },
    },
    configObjectFullPath: join(rootDir, 'api-extractor.json'), // virtual: only locates the project
    packageJsonFullPath: join(rootDir, 'package.json'),
  });
}
