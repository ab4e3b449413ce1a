// A Prism mock process that loads Prism first and is told its spec later, so `npm start` can keep one warm:
// loading Prism's modules takes most of a second of CPU, starting a mock of a spec once loaded under 0.1 s.
// It runs the very function `prism mock` runs, with the CLI's defaults (what src/node/prism/mock starts: CORS
// off, the front answers it), minus the CLI's own file watcher: each instance serves one snapshot and is replaced,
// never reloaded.
'use strict';
const { createSingleProcessPrism } = require('@stoplight/prism-cli/dist/util/createServer.js');

const options = (document, port) => ({
  document,
  port,
  host: '127.0.0.1',
  // The front answers CORS: Prism's own echoes every origin, with credentials.
  cors: false,
  dynamic: false,
  errors: false,
  multiprocess: false,
  verboseLevel: 'info',
  ignoreExamples: false,
  seed: null,
  jsonSchemaFakerFillProperties: undefined,
});

// The parent talks over IPC; when it goes, so does this process, however it went.
process.on('disconnect', () => process.exit(0));
process.once('message', async ({ spec, port }) => {
  try {
    await createSingleProcessPrism(options(spec, port));
    process.send({ listening: port });
  } catch (error) {
    process.send({ error: String(error?.message ?? error).split('\n')[0] });
    process.exit(1);
  }
});

// The first mock a process starts takes several times longer than the next (code paths compiled on first use),
// so a spare one starts and stops a throwaway mock of the last good spec (`--warm <file>`) before saying ready.
(async () => {
  const warm = process.argv[process.argv.indexOf('--warm') + 1];
  if (process.argv.includes('--warm') && warm) {
    try {
      const server = await createSingleProcessPrism(options(warm, 0));
      await server.close();
    } catch {
      // Only a warm-up: the real start reports its own errors.
    }
  }
  process.send({ ready: true });
})();
