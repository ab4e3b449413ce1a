// palomma mock: serves the Palomma API spec with a Prism mock on 127.0.0.1 for your own tests (needs @stoplight/prism-cli).
import { startMockServer, type MockServer } from '../prism/mock.js';
import { isPortInUse, parseCommandLine, portInUseLine, portNumber } from './args.js';
import { onShutdown } from './shutdown.js';

const usage = `Usage: palomma mock [--port 4010] [--host 127.0.0.1] [--dynamic [--seed <seed>]] [--allow-remote]

  --port          port to listen on (default $PORT or 4010; 0 picks a free one)
  --host          interface to listen on (default 127.0.0.1; others need --allow-remote)
  --dynamic       generate response bodies from the schemas instead of the spec's examples
  --seed          seed for --dynamic, for the same bodies on every run
  --allow-remote  allow a --host other than loopback (the mock is then reachable from the network)

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
  });
  const port = portNumber('port', values.port, fail);
  // The static mock answers with the spec's examples: a seed would change nothing, so it is not taken silently.
  if (values.seed !== undefined && !values.dynamic) fail('--seed only applies to generated bodies: add --dynamic, or leave --seed out');

  let mock: MockServer;
  try {
    mock = await startMockServer({ port, host: values.host, dynamic: values.dynamic, seed: values.seed, allowRemote: values['allow-remote'] });
  } catch (error) {
    if (isPortInUse(error)) console.error(portInUseLine('palomma mock', port, { what: 'mock', flag: 'port', env: 'PORT' }));
    else console.error(`palomma mock: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`Palomma mock listening on ${mock.url}${values.dynamic ? ' (dynamic)' : ''}; Ctrl-C stops it.`);
  const onPrismExit = (code: number | null) => void shutdown.stop(`palomma mock: Prism stopped (exit code ${code}), so the mock has stopped.`, 1);
  const shutdown = onShutdown(
    () => {
      mock.child.off('exit', onPrismExit);
      return mock.close();
    },
    (reason) => `Palomma mock stopped (${reason}).`,
  );
  mock.child.once('exit', onPrismExit);
}
