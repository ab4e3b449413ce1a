// A Prism process that loads Prism once and then runs instances as it is told, mocks and the sandbox's validating
// proxies, one per snapshot, several saves in a row: loading Prism's modules takes most of a second of CPU, and the
// first instance a process starts is several times slower than the next (code paths compiled on first use); a
// later one starts in a tenth of that. Each instance is the very function `prism mock` or `prism proxy` runs, with
// the CLI's defaults and the flags src/node/prism passes (CORS off: the front answers it), minus the CLI's own file
// watcher: an instance serves one snapshot and is replaced by the next (started beside it, traffic switched, then
// closed), never reloaded.
'use strict';
const { createSingleProcessPrism } = require('@stoplight/prism-cli/dist/util/createServer.js');

// `call` is what src/node/prism asks the CLI for (a PrismCall: command, spec, upstream, errors, dynamic, seed).
const options = (call, port) => ({
  document: call.spec,
  port,
  host: '127.0.0.1',
  // The front answers CORS: Prism's own echoes every origin, with credentials.
  cors: false,
  dynamic: call.dynamic === true,
  errors: call.errors === true,
  multiprocess: false,
  verboseLevel: 'info',
  ignoreExamples: false,
  seed: call.seed ?? null,
  jsonSchemaFakerFillProperties: undefined,
  // `prism proxy <spec> <upstream>`: the CLI's own defaults for what the package does not pass.
  ...(call.command === 'proxy' ? { upstream: new URL(call.upstream), validateRequest: true, upstreamProxy: undefined } : {}),
});

// A close that does not finish in this time (a connection held open from outside, straight to the instance's
// private port) is reported, so the pool retires this process rather than keep instances it cannot end.
const closeMs = 2_000;
const servers = new Map(); // id -> the Prism server of that instance (or the promise of it, while it starts)

// The parent talks over IPC; when it goes, so does this process, however it went.
process.on('disconnect', () => process.exit(0));
process.on('message', async (message) => {
  if (message?.serve) {
    const { id, call, port } = message.serve;
    const starting = createSingleProcessPrism(options(call, port));
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
      const server = await createSingleProcessPrism(options({ command: 'mock', spec: warm, errors: false }, 0));
      await server.close();
    } catch {
      // Only a warm-up: the real start reports its own errors.
    }
  }
  process.send({ ready: true });
})();
