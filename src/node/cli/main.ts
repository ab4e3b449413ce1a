// palomma: the package's command line: the static mock, the stateful sandbox, the validating proxy, the Arazzo
// flows, a signed webhook, and a real one triggered in a running sandbox.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-files.js';
import { runFlowsCommand } from './flows.js';
import { runMock } from './mock.js';
import { runProxy } from './proxy.js';
import { runSandbox } from './sandbox.js';
import { runTrigger } from './trigger.js';
import { runWebhookSend } from './webhook-send.js';

const usage = `Usage: palomma <command> [options]   (palomma <command> --help for its options; palomma --version)

  mock          the spec's static Prism mock on 127.0.0.1:4010 (examples, Prefer headers)
  sandbox       a stateful Palomma sandbox on 127.0.0.1:4020 behind Prism's validating proxy, control API on 4021
  proxy         the spec's example calls through Prism's validating proxy to --upstream; lists every violation
  flows         the Arazzo flows (flows/palomma.arazzo.yaml) run by Redocly Respect against --api and --control
  webhook send  a correctly signed sample webhook to a local receiver (--url)
  trigger       make a running sandbox deliver a real, signed webhook of one type (palomma trigger payout-request.update)`;

/** Runs `palomma <command> …` with the arguments after `palomma`. */
export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'mock':
      await runMock(rest);
      break;
    case 'sandbox':
      await runSandbox(rest);
      break;
    case 'proxy':
      await runProxy(rest);
      break;
    case 'flows':
      process.exitCode = await runFlowsCommand(rest);
      break;
    case 'trigger':
      await runTrigger(rest);
      break;
    case 'webhook':
      if (rest[0] !== 'send') {
        console.error(`palomma webhook: the only subcommand is "send"\n\n${usage}`);
        process.exit(2);
      }
      await runWebhookSend(rest.slice(1));
      break;
    case '-v':
    case '--version':
    case 'version':
      console.log(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version);
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
}
