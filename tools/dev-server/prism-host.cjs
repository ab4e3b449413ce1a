// A Prism process that loads Prism once and then runs mock instances as it is told, one per snapshot, several
// saves in a row: loading Prism's modules takes most of a second of CPU, and the first mock a process starts is
// several times slower than the next (code paths compiled on first use); a later one starts in a tenth of that.
// Each instance is the very function `prism mock` runs, with the CLI's defaults (what src/node/prism/mock starts:
// CORS off, the front answers it), minus the CLI's own file watcher: an instance serves one snapshot and is
// replaced by the next (started beside it, traffic switched, then closed), never reloaded.
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

// A close that does not finish in this time (a connection held open from outside, straight to the instance's
// private port) is reported, so the pool retires this process rather than keep instances it cannot end.
const closeMs = 2_000;
const servers = new Map(); // id -> the Prism server of that instance (or the promise of it, while it starts)

// The parent talks over IPC; when it goes, so does this process, however it went.
process.on('disconnect', () => process.exit(0));
process.on('message', async (message) => {
  if (message?.serve) {
    const { id, spec, port } = message.serve;
    const starting = createSingleProcessPrism(options(spec, port));
    servers.set(id, starting);
    try {
      servers.set(id, await starting);
      process.send({ id, listening: port });
    } catch (error) {
      servers.delete(id);
      process.send({ id, error: String(error?.message ?? error).split('\n')[0] });
    }
  } else if (message?.close) {
    const { id } = message.close;
    const server = await Promise.resolve(servers.get(id)).catch(() => undefined);
    servers.delete(id);
    let timer;
    const closed = await Promise.race([
      server ? server.close().then(() => true, () => true) : true,
      new Promise((resolve) => (timer = setTimeout(resolve, closeMs, false))),
    ]);
    clearTimeout(timer);
    process.send({ id, closed });
  }
});

// A host loaded ahead of need (`--warm <file>`, the last good spec) starts and stops a throwaway mock first, so
// its first real instance is as quick as any later one; the first host of a run has no spec to warm up on.
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
