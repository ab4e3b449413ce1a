// palomma sandbox: the stateful sandbox on 127.0.0.1, behind `prism proxy openapi.yaml <sandbox> --errors`.
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { defaultIntegrityKey, defaultToken, startSandboxServer, type SandboxServer, type SandboxServerOptions } from '../sandbox/index.js';
import { httpUrl, isPortInUse, parseOptions, portInUseLine, portNumber, usageError, UsageError, type PortSetting } from './args.js';
import { onShutdown } from './shutdown.js';

export { UsageError };

const usage = `Usage: palomma sandbox [options]

  --port <n>               the API port, Prism's validating proxy (default $SANDBOX_PORT or 4020)
  --control-port <n>       the control API and the customer's pages (default $SANDBOX_CONTROL_PORT or 4021)
  --token <token>          the one API key accepted (default $PALOMMA_SANDBOX_TOKEN or ${defaultToken})
  --integrity-key <key>    the webhook signing key (default $PALOMMA_INTEGRITY_KEY or ${defaultIntegrityKey})
  --webhook-url <url>      where to deliver webhooks; repeat for more than one
  --auto-advance <ms|off>  objects reach their outcome on their own after <ms> (default off: control calls decide)
  --allow-remote           listen on every interface and deliver webhooks beyond this machine

The control API is described by sandbox.yaml in this package.`;

/** Where a token of the caller's came from (it is never printed then), or false for the default one. */
type TokenSource = 'option' | 'environment' | false;

/** The command line as startSandboxServer options, and whether the token and key were chosen (never printed then). */
export type SandboxCommandLine = { help: true } | (Required<Pick<SandboxServerOptions, 'port' | 'controlPort' | 'host' | 'allowRemote' | 'token' | 'integrityKey' | 'webhookUrls' | 'autoAdvance'>> & {
  help?: false;
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
    'allow-remote': { type: 'boolean', default: false },
  });
  if (values.help) return { help: true };
  const autoAdvance = values['auto-advance'];
  if (autoAdvance !== 'off' && !/^\d+$/.test(autoAdvance)) usageError(`--auto-advance must be a number of milliseconds or off, not ${JSON.stringify(autoAdvance)}`);
  const webhookUrls = values['webhook-url'].map((text) => {
    const url = httpUrl('webhook-url', text, usageError);
    if (!isLoopbackHost(url.hostname) && !values['allow-remote']) usageError(`--webhook-url ${url.host} is not on this machine; pass --allow-remote to deliver there`);
    return url.href;
  });
  const token = values.token ?? env.PALOMMA_SANDBOX_TOKEN;
  const integrityKey = values['integrity-key'] ?? env.PALOMMA_INTEGRITY_KEY;
  if (token === '') usageError('--token must not be empty');
  if (integrityKey === '') usageError('--integrity-key must not be empty');
  // The key signs webhooks; with nowhere to send them it would do nothing (the variable may be set for other reasons).
  if (values['integrity-key'] !== undefined && webhookUrls.length === 0) usageError('--integrity-key signs webhooks, and there is no --webhook-url to send them to');
  const port = portNumber('port', values.port, usageError);
  const controlPort = portNumber('control-port', values['control-port'], usageError);
  if (port !== 0 && port === controlPort) usageError(`--port and --control-port are both ${port}: the API and the control API need a port each`);
  return {
    port,
    controlPort,
    host: values['allow-remote'] ? '0.0.0.0' : '127.0.0.1',
    allowRemote: values['allow-remote'],
    token: token ?? defaultToken,
    integrityKey: integrityKey ?? defaultIntegrityKey,
    customToken: values.token !== undefined ? 'option' : token !== undefined ? 'environment' : false,
    customKey: integrityKey !== undefined,
    webhookUrls,
    autoAdvance: autoAdvance === 'off' ? 'off' : Number(autoAdvance),
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
    sandbox = await startSandboxServer({ ...options, log: (line) => console.log(line) });
  } catch (error) {
    if (isPortInUse(error)) {
      const which = error.port === options.controlPort ? 'control' : 'api';
      console.error(portInUseLine('palomma sandbox', which === 'control' ? options.controlPort : options.port, ports[which]));
    } else console.error(`palomma sandbox: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`Palomma sandbox
  API:     ${sandbox.url}   (Prism's validating proxy in front of the sandbox)
  Control: ${sandbox.controlUrl}   (sandbox.yaml: authorize, pay, complete, settle, webhookDeliveries, reset; GET / lists them)
  Token:   ${customToken === 'option' ? 'the one you gave with --token' : customToken === 'environment' ? 'the one in PALOMMA_SANDBOX_TOKEN' : options.token}
  Webhooks: ${options.webhookUrls.length ? options.webhookUrls.join(', ') : 'none (--webhook-url)'}, signed with ${customKey ? 'your integrity key' : `the integrity key ${options.integrityKey}`}
  Auto-advance: ${options.autoAdvance === 'off' ? 'off (control calls decide)' : `${options.autoAdvance} ms`}

${tryLines(sandbox, customToken, options.token)}

Ctrl-C stops it.`);
  const onPrismExit = (code: number | null) => void shutdown.stop(`palomma sandbox: Prism stopped (exit code ${code}), so the sandbox has stopped.`, 1);
  const shutdown = onShutdown(
    () => {
      sandbox.prism.child.off('exit', onPrismExit);
      return sandbox.close();
    },
    (reason) => `Palomma sandbox stopped (${reason}).`,
  );
  sandbox.prism.child.once('exit', onPrismExit);
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
