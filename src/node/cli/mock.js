// palomma mock: serves the Palomma API spec with a Prism mock on 127.0.0.1 for your own tests (needs @stoplight/prism-cli).
import { parseArgs } from 'node:util';
import { startMockServer } from '../prism/mock.js';

const usage = `Usage: palomma mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--seed <seed>] [--allow-remote]

  --port          port to listen on (default $PORT or 4010; 0 picks a free one)
  --host          interface to listen on (default 127.0.0.1; others need --allow-remote)
  --dynamic       generate response bodies from the schemas instead of the spec's examples
  --seed          seed for --dynamic, for the same bodies on every run
  --allow-remote  allow a --host other than loopback (the mock is then reachable from the network)

Per request: "Prefer: code=401" picks a documented status, "Prefer: example=cancelled" a named example,
"Prefer: dynamic=true" generated data.`;

export async function runMock(args) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string', default: process.env.PORT ?? '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        dynamic: { type: 'boolean', default: false },
        seed: { type: 'string' },
        'allow-remote': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`palomma mock: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (!/^\d+$/.test(values.port)) {
    console.error(`palomma mock: --port must be a number, not ${JSON.stringify(values.port)}`);
    process.exit(2);
  }

  let mock;
  try {
    mock = await startMockServer({
      port: Number(values.port),
      host: values.host,
      dynamic: values.dynamic,
      seed: values.seed,
      allowRemote: values['allow-remote'],
    });
  } catch (error) {
    console.error(`palomma mock: ${error.message}`);
    process.exit(1);
  }
  console.log(`Palomma mock listening on ${mock.url}${values.dynamic ? ' (dynamic)' : ''}; Ctrl-C stops it.`);
  const onPrismExit = (code) => {
    console.error(`palomma mock: Prism stopped (exit code ${code})`);
    process.exit(1);
  };
  mock.child.once('exit', onPrismExit);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      mock.child.off('exit', onPrismExit);
      mock.close().then(() => process.exit(0));
    });
  }
}
