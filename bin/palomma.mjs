#!/usr/bin/env node
// palomma: the package's command line: the static mock, the stateful sandbox, the validating proxy, the Arazzo
// flows and a signed webhook.
import { fileURLToPath } from 'node:url';

const usage = `Usage: palomma <command> [options]   (palomma <command> --help for its options)

  mock          the spec's static Prism mock on 127.0.0.1:4010 (examples, Prefer headers)
  sandbox       a stateful Palomma sandbox on 127.0.0.1:4020 behind Prism's validating proxy, control API on 4021
  proxy         the spec's example calls through Prism's validating proxy to --upstream; lists every violation
  flows         the Arazzo flows (flows/palomma.arazzo.yaml) run by Redocly Respect against --api and --control
  webhook send  a correctly signed sample webhook to a local receiver (--url)`;

// proxy and webhook send are the repository's scripts, run as they are with this command line.
async function runScript(relative, args) {
  process.argv = [process.argv[0], fileURLToPath(new URL(relative, import.meta.url)), ...args];
  await import(relative);
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'mock':
    await (await import('../src/cli/mock.js')).runMock(rest);
    break;
  case 'sandbox':
    await (await import('../src/cli/sandbox.js')).runSandbox(rest);
    break;
  case 'proxy':
    await runScript('../scripts/contract-proxy.mjs', rest);
    break;
  case 'flows':
    // TypeScript, built into dist/ with the package (in a checkout: npm run flows, which builds it first).
    process.exitCode = await (await import('../dist/node/cli/flows.js')).runFlowsCommand(rest);
    break;
  case 'webhook':
    if (rest[0] !== 'send') {
      console.error(`palomma webhook: the only subcommand is "send"\n\n${usage}`);
      process.exit(2);
    }
    await runScript('../scripts/send-webhook.mjs', rest.slice(1));
    break;
  case undefined:
  case '-h':
  case '--help':
  case 'help':
    console.log(usage);
    process.exitCode = command === undefined ? 2 : 0;
    break;
  default:
    console.error(`palomma: unknown command ${JSON.stringify(command)}\n\n${usage}`);
    process.exit(2);
}
