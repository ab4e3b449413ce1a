// The sandbox on ports: the API behind the guard front and `prism proxy openapi.yaml <sandbox> --errors`, the control
// API and pages beside it. Only that Prism reaches the sandbox's own port (a secret per start, added by the front).
// The front answers as Palomma: a request that breaks the spec gets 400 `{ message }` in the client's words there,
// and never reaches Prism, which judges every answer.
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { createFrontSecret } from '../http/front-secret.js';
import { checkAllowed, proxyBehindFront } from '../prism/behind-front.js';
import type { MockServer, PrismFrontOptions } from '../prism/types.js';
import { merchantControls } from './control-client.js';
import { createSandboxCore, defaultIntegrityKey, defaultToken, type RequestParts, type SandboxCore } from './sandbox.js';
import { createApiServer } from './serve-api.js';
import { createControlServer } from './serve-control.js';
import { loadSpec } from './spec.js';
import type { SandboxServer, SandboxServerOptions } from './types.js';
import { validatorsFit } from './validation.js';

const urlFor = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
const portOf = (url: string | undefined) => (url ? Number(new URL(url).port || 80) : undefined);
const valueOf = (option: string | (() => string | undefined) | undefined) => (typeof option === 'function' ? option() : option);
const known = (ports: (number | undefined)[]) => ports.filter((port): port is number => port !== undefined);

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/**
 * Starts the sandbox and `prism proxy openapi.yaml <sandbox> --errors` in front of it; resolves once both listen.
 * Clients call `url` (the front, then Prism); `controlUrl` serves the control API and the customer's pages. Emits
 * `died` and `restarted` as its Prism dies and comes back; on `failed` every port is closed and `closed` rejects.
 */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  return (await startSandboxWithCore(options)).server;
}

/**
 * {@link startSandboxServer}, and the engine behind it: for the repository's own tools (`npm start` hands every
 * merchant's state from one sandbox to the next, and runs the sandbox's Prism in the process it keeps for the
 * mock: `launchPrism`), not part of the package's entry.
 */
export async function startSandboxWithCore(
  options: SandboxServerOptions = {},
  { launchPrism }: { launchPrism?: PrismFrontOptions['launch'] } = {},
): Promise<{ server: SandboxServer; core: SandboxCore }> {
  const {
    port = 4020,
    controlPort = 4021,
    host = '127.0.0.1',
    allowRemote = false,
    prismTimeoutMs,
    onPrismLog,
    publicUrl,
    publicControlUrl,
    restarts,
    allowedHosts: _hosts,
    allowedOrigins: _origins,
    ...coreOptions
  } = options;
  if (!isLoopbackHost(host) && !allowRemote) {
    throw new Error(`Refusing to listen on ${host}: the sandbox listens on loopback (127.0.0.1) only, unless you pass allowRemote: true (--allow-remote-listen)`);
  }
  const allowed = checkAllowed(options);
  const log = options.log ?? ((line: string) => console.error(line));
  let controlUrl: string | undefined;
  let upstreamUrl: string | undefined;
  // The front refuses a request that breaks the spec with the generated validators, when they were compiled from
  // the spec served (not so while npm start serves an edited spec: then Prism refuses it, and the front gives
  // Prism's findings Palomma's shape).
  // The customer's pages are linked from where the control API is reached: its own URL, or the URL of whatever
  // forwards to it (npm start's front, which outlives each sandbox it restarts).
  const pagesBase = () => valueOf(publicControlUrl) ?? controlUrl;
  const spec = loadSpec(options.spec);
  const core = createSandboxCore({ ...coreOptions, spec, checkRequests: validatorsFit(spec), pagesUrl: () => `${pagesBase()}/pages` });
  const secret = createFrontSecret();
  // The sandbox itself listens on a free loopback port that only its Prism can call. Prism's proxy answers an
  // upstream 501 with its own mock of the operation (a made-up success), so an operation the sandbox does not
  // implement reaches Prism as a 500 carrying the same message.
  const answerApi = async (request: RequestParts) => {
    const answer = await core.handleApi(request);
    return answer.status === 501 ? { ...answer, status: 500 } : answer;
  };
  const upstream = createApiServer(answerApi, { origin: () => upstreamUrl!, secret, log });
  // Fronts that forward here with the Host unchanged (npm start's) are answered as this port itself.
  const control = createControlServer(core.handleControl, {
    origin: () => controlUrl!,
    policy: { ports: () => known([portOf(controlUrl), portOf(valueOf(publicControlUrl))]), ...allowed },
    log,
  });
  const servers: Server[] = [];
  let proxy: MockServer;
  try {
    upstreamUrl = urlFor('127.0.0.1', await listen(upstream, 0, '127.0.0.1'));
    servers.push(upstream);
    controlUrl = urlFor(host, await listen(control, controlPort, host));
    servers.push(control);
    proxy = await proxyBehindFront({
      upstream: upstreamUrl,
      ...(options.spec !== undefined ? { spec: options.spec } : {}),
      port,
      host,
      allowRemote,
      ...(prismTimeoutMs !== undefined ? { timeoutMs: prismTimeoutMs } : {}),
      ...(onPrismLog ? { onLog: onPrismLog } : {}),
      log,
      ...(restarts ? { restarts } : {}),
      ...allowed,
      name: "the sandbox's validating proxy",
      frontHeaders: secret.headers,
      extraPorts: () => known([portOf(valueOf(publicUrl))]),
      check: (request) => core.refuseApi(request),
      palommaShape: true,
      ...(launchPrism ? { launch: launchPrism } : {}),
    });
  } catch (error) {
    core.close();
    await Promise.all(servers.map(closeServer));
    throw error;
  }
  const controlBase = controlUrl;
  const events = new EventEmitter();
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const closed = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  closed.catch(() => {}); // seen through `closed` or the `failed` event; never an unhandled rejection
  let closing: Promise<void> | undefined;
  const close = (failure?: Error) => {
    closing ??= (async () => {
      core.close();
      await Promise.all([proxy.close(), ...servers.map(closeServer)]);
      if (failure) settle.reject(failure);
      else settle.resolve();
    })();
    return closing;
  };
  proxy.on('died', (event) => events.emit('died', event));
  proxy.on('restarted', (event) => events.emit('restarted', event));
  // A Prism that cannot be kept running leaves nothing half-working: every port is closed, and it is said.
  proxy.on('failed', (event) => {
    void close(event.error);
    events.emit('failed', event);
  });
  const send = async (method: string, path: string, bodyText?: string, as?: string) => {
    const headers = { 'content-type': 'application/json', ...(as !== undefined && { authorization: `Bearer ${as}` }) };
    const response = await fetch(`${controlBase}${path}`, { method, headers, body: bodyText });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const controls = merchantControls({ send, routes: core.controlRoutes, token: coreOptions.token ?? defaultToken, idle: core.webhooksIdle });
  const server = Object.assign(events, {
    url: proxy.url,
    controlUrl,
    upstreamUrl,
    prism: proxy,
    control: controls.control,
    merchant: controls.merchant,
    closed,
    close: () => close(),
  });
  return { server: server as unknown as SandboxServer, core };
}

export { defaultIntegrityKey, defaultToken };
