// palomma mock: serves the Palomma API spec with a Prism mock on 127.0.0.1 for your own tests (needs @stoplight/prism-cli).
import { startMockServer, type MockServer } from '../prism/mock.js';
import { isPortInUse, parseCommandLine, portInUseLine, portNumber } from './args.js';
import { onShutdown } from './shutdown.js';

const usage = `Usage: palomma mock [--port 4010] [--host 127.0.0.1] [--dynamic [--seed <seed>]] [--allow-remote-listen]

  --port                  port to listen on (default $PORT or 4010; 0 picks a free one)
  --host                  interface to listen on (default 127.0.0.1; others need --allow-remote-listen)
  --dynamic               generate response bodies from the schemas instead of the spec's examples
  --seed                  seed for --dynamic, for the same bodies on every run
  --allow-remote-listen   allow a --host other than loopback (the mock is then reachable from the network)
  --allowed-host <name>   answer requests for this host name too (repeatable; .name for its subdomains)
  --allowed-origin <url>  let pages of this origin call the mock (CORS, no credentials; repeatable)

Per request: "Prefer: code=401" picks a documented status, "Prefer: example=cancelled" a named example,
"Prefer: dynamic=true" generated data.`;

/** Runs `palomma mock` with the arguments after `mock`. */
export async function runMock(args: string[]): Promise<void> {
  const { values, fail } = parseCommandLine(args, 'palomma mock', usage, {
    port: { type: 'string', default: process.env.PORT ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    dynamic: { type: 'boolean', default: false },
    seed: { type: 'string' },
    'allow-remote': { type: 'boolean', default: false },
    'allow-remote-listen': { type: 'boolean', default: false },
    'allowed-host': { type: 'string', multiple: true, default: [] },
    'allowed-origin': { type: 'string', multiple: true, default: [] },
  });
  if (values['allow-remote']) fail('--allow-remote is now --allow-remote-listen (what it opens: the mock, to the network)');
  const port = portNumber('port', values.port, fail);
  // The static mock answers with the spec's examples: a seed would change nothing, so it is not taken silently.
  if (values.seed !== undefined && !values.dynamic) fail('--seed only applies to generated bodies: add --dynamic, or leave --seed out');

  let mock: MockServer;
  try {
    mock = await startMockServer({
      port,
      host: values.host,
      dynamic: values.dynamic,
      seed: values.seed,
      allowRemote: values['allow-remote-listen'],
      allowedHosts: values['allowed-host'],
      allowedOrigins: values['allowed-origin'],
    });
  } catch (error) {
    if (isPortInUse(error)) console.error(portInUseLine('palomma mock', port, { what: 'mock', flag: 'port', env: 'PORT' }));
    else console.error(`palomma mock: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`Palomma mock listening on ${mock.url}${values.dynamic ? ' (dynamic)' : ''}; Ctrl-C stops it.`);
  // A Prism that dies is restarted, with one line saying so; one that cannot be kept running is the end.
  const shutdown = onShutdown(
    () => mock.close(),
    (reason) => `Palomma mock stopped (${reason}).`,
  );
  mock.once('failed', ({ error }) => void shutdown.stop(`palomma mock: stopping: ${error.message}`, 1));
}
