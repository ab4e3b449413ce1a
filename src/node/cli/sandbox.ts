// palomma sandbox: the stateful sandbox on 127.0.0.1, behind `prism proxy openapi.yaml <sandbox> --errors`.
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { checkAllowedHost } from '../http/host-check.js';
import { checkAllowedOrigin } from '../http/origin-check.js';
import { defaultIntegrityKey, defaultToken, startSandboxServer, type SandboxServer, type SandboxServerOptions } from '../sandbox/index.js';
import { checkTimerMs } from '../sandbox/timer-limits.js';
import { httpUrl, isPortInUse, parseOptions, portInUseLine, portNumber, usageError, UsageError, type PortSetting } from './args.js';
import { onShutdown } from './shutdown.js';

export { UsageError };

const usage = `Usage: palomma sandbox [options]

  --port <n>               the API port, Prism's validating proxy (default $SANDBOX_PORT or 4020)
  --control-port <n>       the control API and the customer's pages (default $SANDBOX_CONTROL_PORT or 4021)
  --token <token>          the API key accepted (default $PALOMMA_SANDBOX_TOKEN or ${defaultToken}); so is
                           <token>.<label>, a merchant of its own for each label (letters, digits, - or _)
  --integrity-key <key>    the webhook signing key (default $PALOMMA_INTEGRITY_KEY or ${defaultIntegrityKey})
  --webhook-url <url>      where to deliver webhooks; repeat for more than one
  --auto-advance <ms|off>  objects reach their outcome on their own after <ms> (default off: control calls decide)
  --state-file <path>      load every merchant from <path> at start and rewrite it after every change
                           (default $SANDBOX_STATE_FILE; none: everything is in memory)
  --allow-remote-listen    listen on every interface: the API and the unauthenticated control API and pages
                           become reachable from the network
  --allow-remote-webhooks  deliver webhooks to --webhook-url hosts that are not this machine
  --allowed-host <name>    answer requests for this host name too (repeatable; .name for its subdomains)
  --allowed-origin <url>   let pages of this origin call the API (CORS, no credentials; repeatable)

The control API is described by sandbox.yaml in this package.`;

/** Where a token of the caller's came from (it is never printed then), or false for the default one. */
type TokenSource = 'option' | 'environment' | false;

/** The command line as startSandboxServer options, and whether the token and key were chosen (never printed then). */
export type SandboxCommandLine = { help: true } | (Required<Pick<SandboxServerOptions, 'port' | 'controlPort' | 'host' | 'allowRemote' | 'allowedHosts' | 'allowedOrigins' | 'token' | 'integrityKey' | 'webhookUrls' | 'autoAdvance'>> & {
  help?: false;
  stateFile?: string;
  customToken: TokenSource;
  customKey: boolean;
});

/** The command line as startSandboxServer options (`help: true` for --help); throws a UsageError on a bad option. */
export function sandboxOptions(args: string[], env: Record<string, string | undefined> = process.env): SandboxCommandLine {
  const values = parseOptions(args, {
    port: { type: 'string', default: env.SANDBOX_PORT ?? '4020' },
    'control-port': { type: 'string', default: env.SANDBOX_CONTROL_PORT ?? '4021' },
    token: { type: 'string' },
    'integrity-key': { type: 'string' },
    'webhook-url': { type: 'string', multiple: true, default: [] },
    'auto-advance': { type: 'string', default: 'off' },
    'state-file': { type: 'string' },
    'allow-remote': { type: 'boolean', default: false },
    'allow-remote-listen': { type: 'boolean', default: false },
    'allow-remote-webhooks': { type: 'boolean', default: false },
    'allowed-host': { type: 'string', multiple: true, default: [] },
    'allowed-origin': { type: 'string', multiple: true, default: [] },
  });
  if (values.help) return { help: true };
  // One flag used to open both: the unauthenticated control API to the network, when remote webhooks were meant.
  if (values['allow-remote']) {
    usageError(
      '--allow-remote is split in two: --allow-remote-listen (the API, control API and pages reachable from the network) ' +
        'and --allow-remote-webhooks (deliveries to hosts that are not this machine); pass the one you mean',
    );
  }
  const autoAdvance = values['auto-advance'];
  if (autoAdvance !== 'off' && !/^\d+$/.test(autoAdvance)) usageError(`--auto-advance must be a number of milliseconds or off, not ${JSON.stringify(autoAdvance)}`);
  const checked = <T>(check: () => T): T => {
    try {
      return check();
    } catch (error) {
      return usageError(error instanceof Error ? error.message : String(error));
    }
  };
  if (autoAdvance !== 'off') checked(() => checkTimerMs('--auto-advance', Number(autoAdvance)));
  const allowedHosts = checked(() => values['allowed-host'].map(checkAllowedHost));
  const allowedOrigins = checked(() => values['allowed-origin'].map(checkAllowedOrigin));
  const webhookUrls = values['webhook-url'].map((text) => {
    const url = httpUrl('webhook-url', text, usageError);
    if (!isLoopbackHost(url.hostname) && !values['allow-remote-webhooks']) usageError(`--webhook-url ${url.host} is not on this machine; pass --allow-remote-webhooks to deliver there`);
    return url.href;
  });
  const token = values.token ?? env.PALOMMA_SANDBOX_TOKEN;
  const integrityKey = values['integrity-key'] ?? env.PALOMMA_INTEGRITY_KEY;
  if (token === '') usageError('--token must not be empty');
  if (integrityKey === '') usageError('--integrity-key must not be empty');
  const stateFile = values['state-file'] ?? env.SANDBOX_STATE_FILE;
  if (stateFile === '') usageError('--state-file must be the path of a file');
  // The key signs webhooks; with nowhere to send them it would do nothing (the variable may be set for other reasons).
  if (values['integrity-key'] !== undefined && webhookUrls.length === 0) usageError('--integrity-key signs webhooks, and there is no --webhook-url to send them to');
  const port = portNumber('port', values.port, usageError);
  const controlPort = portNumber('control-port', values['control-port'], usageError);
  if (port !== 0 && port === controlPort) usageError(`--port and --control-port are both ${port}: the API and the control API need a port each`);
  return {
    port,
    controlPort,
    host: values['allow-remote-listen'] ? '0.0.0.0' : '127.0.0.1',
    allowRemote: values['allow-remote-listen'],
    allowedHosts,
    allowedOrigins,
    token: token ?? defaultToken,
    integrityKey: integrityKey ?? defaultIntegrityKey,
    customToken: values.token !== undefined ? 'option' : token !== undefined ? 'environment' : false,
    customKey: integrityKey !== undefined,
    webhookUrls,
    autoAdvance: autoAdvance === 'off' ? 'off' : Number(autoAdvance),
    ...(stateFile !== undefined && { stateFile }),
  };
}

/** Runs `palomma sandbox` with the arguments after `sandbox`. */
export async function runSandbox(args: string[]): Promise<void> {
  let parsed: SandboxCommandLine;
  try {
    parsed = sandboxOptions(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`palomma sandbox: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(usage);
    process.exit(0);
  }
  const { customToken, customKey, help: _help, ...options } = parsed;
  const ports: Record<'api' | 'control', PortSetting> = {
    api: { what: 'API', flag: 'port', env: 'SANDBOX_PORT' },
    control: { what: 'control API', flag: 'control-port', env: 'SANDBOX_CONTROL_PORT' },
  };
  let sandbox: SandboxServer;
  try {
    // Webhook attempts to stdout; a Prism's death and restart (✖, ✔) to stderr.
    sandbox = await startSandboxServer({ ...options, log: (line) => (/^[✖✔] Prism/.test(line) ? console.error(line) : console.log(line)) });
  } catch (error) {
    if (isPortInUse(error)) {
      const which = error.port === options.controlPort ? 'control' : 'api';
      console.error(portInUseLine('palomma sandbox', which === 'control' ? options.controlPort : options.port, ports[which]));
    } else console.error(`palomma sandbox: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`Palomma sandbox
  API:     ${sandbox.url}   (Prism's validating proxy in front of the sandbox)
  Control: ${sandbox.controlUrl}   (sandbox.yaml: authorize, pay, complete, settle, clock, faults, state, reset…; GET / lists them)
  Token:   ${customToken === 'option' ? 'the one you gave with --token' : customToken === 'environment' ? 'the one in PALOMMA_SANDBOX_TOKEN' : options.token}, and <token>.<label>: a merchant each
  State:   ${options.stateFile ?? 'in memory (--state-file <path> keeps it)'}
  Webhooks: ${options.webhookUrls.length ? options.webhookUrls.join(', ') : 'none (--webhook-url)'}, signed with ${customKey ? 'your integrity key' : `the integrity key ${options.integrityKey}`}
  Auto-advance: ${options.autoAdvance === 'off' ? 'off (control calls decide)' : `${options.autoAdvance} ms`}

${tryLines(sandbox, customToken, options.token)}

Ctrl-C stops it.`);
  const shutdown = onShutdown(
    () => sandbox.close(),
    (reason) => `Palomma sandbox stopped (${reason}).`,
  );
  // A Prism that dies is restarted (one line each time); one that cannot be kept running is the end.
  sandbox.once('failed', ({ error }) => void shutdown.stop(`palomma sandbox: stopping: ${error.message}`, 1));
}

/**
 * Commands to paste, each of which works as printed. A token of the caller's is never printed: one from
 * PALOMMA_SANDBOX_TOKEN is read from the shell's variable; for one given with --token there is nothing the
 * shell could read, so the first call is to the control API, which takes none.
 */
function tryLines(sandbox: SandboxServer, customToken: TokenSource, token: string): string {
  const body = `'{"name":"Pepito Perez","documentType":"cc","documentNumber":"1037551022","email":"pepito@gmail.com","phoneNumber":"3013111111"}'`;
  const create = (authorization: string) =>
    `  curl -s -X POST ${sandbox.url}/customers -H "Authorization: Bearer ${authorization}" -H 'Content-Type: application/json' \\\n    -d ${body}`;
  if (customToken === 'option') {
    return `Try (API calls take the token you gave with --token, which is not printed):\n  curl -s ${sandbox.controlUrl}/`;
  }
  if (customToken === 'environment') return `Try (in a shell where PALOMMA_SANDBOX_TOKEN is exported):\n${create('$PALOMMA_SANDBOX_TOKEN')}`;
  return `Try:\n${create(token)}`;
}
