// The sandbox on ports: the API behind `prism proxy openapi.yaml <sandbox> --errors`, the control API and pages beside it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { startPrismProxy, type MockServer } from '../prism/mock.js';
import { controlClient } from './control-client.js';
import { createSandboxCore, defaultIntegrityKey, defaultToken, type RequestParts } from './sandbox.js';
import type { SandboxServer, SandboxServerOptions } from './types.js';

const maxBody = 1_000_000;
const urlFor = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/** A request body larger than the sandbox reads. */
class BodyTooLarge extends Error {
  readonly status = 413;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new BodyTooLarge('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** What a handler answers: JSON (`body`) or a page (`html`), with extra headers. */
type Answer = { status: number; body?: unknown; html?: string | undefined; headers?: Record<string, string> | undefined };

/** A node:http server answering with `handle({ method, url, authorization, bodyText })`. */
function serve(handle: (request: RequestParts) => Answer, origin: () => string | undefined): Server {
  return createServer(async (request, response) => {
    try {
      const bodyText = await readBody(request);
      const result = handle({ method: request.method ?? 'GET', url: `${origin()}${request.url}`, authorization: request.headers.authorization, bodyText });
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
 * Starts the sandbox and `prism proxy openapi.yaml <sandbox> --errors` in front of it; resolves once both listen.
 * Clients call `url` (Prism); `controlUrl` serves the control API and the customer's pages.
 */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const { port = 4020, controlPort = 4021, host = '127.0.0.1', allowRemote = false, prismTimeoutMs, onPrismLog, publicControlUrl, ...coreOptions } = options;
  if (!isLoopbackHost(host) && !allowRemote) {
    throw new Error(`Refusing to listen on ${host}: the sandbox listens on loopback (127.0.0.1) only, unless you pass allowRemote: true (--allow-remote)`);
  }
  let controlUrl: string | undefined;
  let upstreamUrl: string | undefined;
  // Prism checks every request against the spec it was started on before the sandbox sees it, so the sandbox
  // skips its own check with the generated validators, which could lag behind a spec edited while running.
  // The customer's pages are linked from where the control API is reached: its own URL, or the URL of whatever
  // forwards to it (npm start's front, which outlives each sandbox it restarts).
  const pagesBase = () => (typeof publicControlUrl === 'function' ? publicControlUrl() : publicControlUrl) ?? controlUrl;
  const core = createSandboxCore({ ...coreOptions, checkRequests: false, pagesUrl: () => `${pagesBase()}/pages` });
  // The sandbox itself listens on a free loopback port that only Prism talks to. Prism's proxy answers an
  // upstream 501 with its own mock of the operation (a made-up success), so an operation the sandbox does not
  // implement reaches Prism as a 500 carrying the same message.
  const answerApi = (request: RequestParts) => {
    const answer = core.handleApi(request);
    return answer.status === 501 ? { ...answer, status: 500 } : answer;
  };
  const upstream = serve(answerApi, () => upstreamUrl);
  const control = serve(core.handleControl, () => controlUrl);
  const servers: Server[] = [];
  let proxy: MockServer;
  try {
    upstreamUrl = urlFor('127.0.0.1', await listen(upstream, 0, '127.0.0.1'));
    servers.push(upstream);
    controlUrl = urlFor(host, await listen(control, controlPort, host));
    servers.push(control);
    proxy = await startPrismProxy({ upstream: upstreamUrl, spec: options.spec, port, host, allowRemote, timeoutMs: prismTimeoutMs, onLog: onPrismLog });
  } catch (error) {
    core.close();
    await Promise.all(servers.map(closeServer));
    throw error;
  }
  const controlBase = controlUrl;
  let closing: Promise<void> | undefined;
  const send = async (method: string, path: string, bodyText?: string) => {
    const response = await fetch(`${controlBase}${path}`, { method, headers: { 'content-type': 'application/json' }, body: bodyText });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return {
    url: proxy.url,
    controlUrl,
    upstreamUrl,
    prism: proxy,
    control: { ...controlClient(send, core.controlRoutes), webhooksSettled: () => core.webhooks.idle() },
    close() {
      closing ??= (async () => {
        core.close();
        await Promise.all([proxy.close(), ...servers.map(closeServer)]);
      })();
      return closing;
    },
  };
}

export { defaultIntegrityKey, defaultToken };
