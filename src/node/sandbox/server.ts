// The sandbox on ports: the API behind a front that refuses bad requests in Palomma's words and `prism proxy
// openapi.yaml <sandbox> --errors`, which judges every answer; the control API and pages beside it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { BodyTooLarge, readBody } from '../http-body.js';
import { startCheckedProxy, type CheckedProxy } from '../prism/checked-proxy.js';
import { startPrismProxy, type MockServer } from '../prism/mock.js';
import { merchantControls } from './control-client.js';
import { createSandboxCore, defaultIntegrityKey, defaultToken, type RequestParts, type SandboxCore } from './sandbox.js';
import { loadSpec } from './spec.js';
import type { SandboxServer, SandboxServerOptions } from './types.js';
import { validatorsFit } from './validation.js';

const urlFor = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/** What a handler answers: JSON (`body`) or a page (`html`), with extra headers. */
type Answer = { status: number; body?: unknown; html?: string | undefined; headers?: Record<string, string> | undefined };

/** A node:http server answering with `handle({ method, url, authorization, bodyText })`. */
function serve(handle: (request: RequestParts) => Promise<Answer>, origin: () => string | undefined): Server {
  return createServer(async (request, response) => {
    try {
      const bodyText = await readBody(request);
      const result = await handle({ method: request.method ?? 'GET', url: `${origin()}${request.url}`, authorization: request.headers.authorization, bodyText });
      if (result.html !== undefined) {
        response.writeHead(result.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...result.headers }).end(result.html);
      } else {
        const text = JSON.stringify(result.body);
        response.writeHead(result.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...result.headers }).end(text);
      }
    } catch (error) {
      const status = error instanceof BodyTooLarge ? error.status : 500;
      const text = JSON.stringify({ message: status === 413 ? 'body: larger than 1 MB' : 'the sandbox failed to handle the request' });
      if (status === 500) console.error('palomma sandbox:', error);
      if (!response.headersSent) response.writeHead(status, { 'content-type': 'application/json' }).end(text);
    }
  });
}

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
    server.closeAllConnections?.();
  });

/**
 * Starts the sandbox, `prism proxy openapi.yaml <sandbox> --errors` in front of it and the API's front before
 * Prism; resolves once all listen. Clients call `url` (the front); `controlUrl` serves the control API and the
 * customer's pages.
 */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  return (await startSandboxWithCore(options)).server;
}

/**
 * {@link startSandboxServer}, and the engine behind it: for the repository's own tools (`npm start` hands every
 * merchant's state from one sandbox to the next), not part of the package's entry.
 */
export async function startSandboxWithCore(options: SandboxServerOptions = {}): Promise<{ server: SandboxServer; core: SandboxCore }> {
  const { port = 4020, controlPort = 4021, host = '127.0.0.1', allowRemote = false, prismTimeoutMs, onPrismLog, publicControlUrl, ...coreOptions } = options;
  if (!isLoopbackHost(host) && !allowRemote) {
    throw new Error(`Refusing to listen on ${host}: the sandbox listens on loopback (127.0.0.1) only, unless you pass allowRemote: true (--allow-remote)`);
  }
  let controlUrl: string | undefined;
  let upstreamUrl: string | undefined;
  // The front refuses a request that breaks the spec as Palomma does, in the client's words, with the generated
  // validators, when they were compiled from the spec served (not so while npm start serves an edited spec:
  // then Prism refuses it, and the front gives Prism's findings Palomma's shape).
  // The customer's pages are linked from where the control API is reached: its own URL, or the URL of whatever
  // forwards to it (npm start's front, which outlives each sandbox it restarts).
  const pagesBase = () => (typeof publicControlUrl === 'function' ? publicControlUrl() : publicControlUrl) ?? controlUrl;
  const spec = loadSpec(options.spec);
  const core = createSandboxCore({ ...coreOptions, spec, checkRequests: validatorsFit(spec), pagesUrl: () => `${pagesBase()}/pages` });
  // The sandbox itself listens on a free loopback port that only Prism talks to.
  const upstream = serve(core.handleApi, () => upstreamUrl);
  const control = serve(core.handleControl, () => controlUrl);
  const servers: Server[] = [];
  let proxy: MockServer | undefined;
  let front: CheckedProxy;
  try {
    upstreamUrl = urlFor('127.0.0.1', await listen(upstream, 0, '127.0.0.1'));
    servers.push(upstream);
    controlUrl = urlFor(host, await listen(control, controlPort, host));
    servers.push(control);
    proxy = await startPrismProxy({ upstream: upstreamUrl, spec: options.spec, port: 0, timeoutMs: prismTimeoutMs, onLog: onPrismLog });
    front = await startCheckedProxy({ target: proxy.url, port, host, check: (request) => core.refuseApi(request) });
  } catch (error) {
    core.close();
    await Promise.all([proxy?.close(), ...servers.map(closeServer)]);
    throw error;
  }
  const controlBase = controlUrl;
  let closing: Promise<void> | undefined;
  const send = async (method: string, path: string, bodyText?: string, as?: string) => {
    const headers = { 'content-type': 'application/json', ...(as !== undefined && { authorization: `Bearer ${as}` }) };
    const response = await fetch(`${controlBase}${path}`, { method, headers, body: bodyText });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const controls = merchantControls({ send, routes: core.controlRoutes, token: coreOptions.token ?? defaultToken, idle: core.webhooksIdle });
  const server: SandboxServer = {
    url: front.url,
    controlUrl,
    upstreamUrl,
    prism: proxy,
    control: controls.control,
    merchant: controls.merchant,
    close() {
      closing ??= (async () => {
        core.close();
        await Promise.all([front.close(), proxy.close(), ...servers.map(closeServer)]);
      })();
      return closing;
    },
  };
  return { server, core };
}

export { defaultIntegrityKey, defaultToken };
