// A Prism mock process that loads Prism first and is told its spec later, so `npm start` can keep one warm:
// loading Prism's modules takes most of a second of CPU, starting a mock of a spec once loaded under 0.1 s.
// It runs the very function `prism mock` runs, with the CLI's defaults (what src/mock.js starts), minus the
// CLI's own file watcher: each instance serves one snapshot and is replaced, never reloaded.
'use strict';
const { createSingleProcessPrism } = require('@stoplight/prism-cli/dist/util/createServer.js');

// The parent talks over IPC; when it goes, so does this process, however it went.
process.on('disconnect', () => process.exit(0));
process.once('message', async ({ spec, port }) => {
  try {
    await createSingleProcessPrism({
      document: spec,
      port,
      host: '127.0.0.1',
      cors: true,
      dynamic: false,
      errors: false,
      multiprocess: false,
      verboseLevel: 'info',
      ignoreExamples: false,
      seed: null,
      jsonSchemaFakerFillProperties: undefined,
    });
    process.send({ listening: port });
  } catch (error) {
    process.send({ error: String(error?.message ?? error).split('\n')[0] });
    process.exit(1);
  }
});
process.send({ ready: true });
