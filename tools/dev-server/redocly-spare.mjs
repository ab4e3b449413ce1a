// A Redocly CLI process that loads the CLI's modules first and is told its command later, so `npm start` can keep
// one waiting per command (lint, build-docs): a save then pays for the command's own work, not for loading the
// CLI. Once told, it runs the very CLI (`redocly <args>`): same code, same output, same exit code. Plain node, no
// TypeScript loader: it imports nothing of this project's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const cliDir = dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json'));
const cli = join(cliDir, 'bin/cli.js');
const command = process.argv[2];

/**
 * The CLI is one bundle split into chunks: its entry's static imports, and the chunk its `command` loads when it
 * runs. Found by reading the entry; if its shape ever changes, fewer chunks load ahead, and the command still runs.
 */
function chunksFor(name) {
  const entry = readFileSync(join(cliDir, 'lib/index.js'), 'utf8');
  const escaped = name.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
  const handler = new RegExp(`\\.command\\("${escaped} [\\s\\S]*?import\\("(\\./chunks/\\w+\\.js)"\\)`).exec(entry)?.[1];
  const statics = [...entry.matchAll(/from"(\.\/chunks\/\w+\.js)"|import"(\.\/chunks\/\w+\.js)"/g)].map((m) => m[1] ?? m[2]);
  return [...new Set([...statics, ...(handler ? [handler] : [])])];
}

// Until told, the parent going means this process goes too.
const orphaned = () => process.exit(0);
process.on('disconnect', orphaned);
process.once('message', async ({ args }) => {
  // The CLI exits on its own once its work is done (on `beforeExit`), which the IPC channel would keep from coming.
  process.off('disconnect', orphaned);
  process.disconnect();
  process.argv = [process.argv[0], cli, ...args];
  await import(pathToFileURL(cli).href);
});

for (const chunk of chunksFor(command)) {
  try {
    await import(pathToFileURL(join(cliDir, 'lib', chunk)).href);
  } catch {
    // Only loading ahead: the command loads what it needs itself.
  }
}
process.send({ ready: true });
