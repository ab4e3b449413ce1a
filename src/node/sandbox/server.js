// The sandbox on ports: the API behind `prism proxy openapi.yaml <sandbox> --errors`, the control API and pages beside it.
import { createServer } from 'node:http';
import { isLoopbackHost, startPrismProxy } from '../prism/mock.js';
import { controlClient } from './control-client.js';
import { createSandboxCore, defaultIntegrityKey, defaultToken } from './sandbox.js';

const maxBody = 1_000_000;
const urlFor = (host, port) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A node:http server answering with `handle({ method, url, authorization, bodyText })`. */
function serve(handle, origin) {
  return createServer(async (request, response) => {
    try {
      const bodyText = await readBody(request);
      const result = handle({ method: request.method, url: `${origin()}${request.url}`, authorization: request.headers.authorization, bodyText });
      if (result.html !== undefined) {
        response.writeHead(result.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...result.headers }).end(result.html);
      } else {
        const text = JSON.stringify(result.body);
        response.writeHead(result.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...result.headers }).end(text);
      }
    } catch (error) {
      const status = error.status ?? 500;
      const text = JSON.stringify({ message: status === 413 ? 'body: larger than 1 MB' : 'the sandbox failed to handle the request' });
      if (status === 500) console.error('palomma sandbox:', error);
      if (!response.headersSent) response.writeHead(status, { 'content-type': 'application/json' }).end(text);
    }
  });
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

const closeServer = (server) =>
  new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });

/**
 * Starts the sandbox and Prism's validating proxy in front of it; resolves once both listen.
 * Clients call `url` (Prism); `controlUrl` serves the control API and the customer's pages.
 */
export async function startSandboxServer(options = {}) {
  const { port = 4020, controlPort = 4021, host = '127.0.0.1', allowRemote = false, prismTimeoutMs, onPrismLog, publicControlUrl, ...coreOptions } = options;
  if (!isLoopbackHost(host) && !allowRemote) {
    throw new Error(`Refusing to listen on ${host}: the sandbox listens on loopback (127.0.0.1) only, unless you pass allowRemote: true (--allow-remote)`);
  }
  let controlUrl;
  let upstreamUrl;
  // Prism checks every request against the spec it was started on before the sandbox sees it, so the sandbox
  // skips its own check with the generated validators, which could lag behind a spec edited while running.
  // The customer's pages are linked from where the control API is reached: its own URL, or the URL of whatever
  // forwards to it (npm start's front, which outlives each sandbox it restarts).
  const pagesBase = () => (typeof publicControlUrl === 'function' ? publicControlUrl() : publicControlUrl) ?? controlUrl;
  const core = createSandboxCore({ ...coreOptions, checkRequests: false, pagesUrl: () => `${pagesBase()}/pages` });
  // The sandbox itself listens on a free loopback port that only Prism talks to.
  const upstream = serve(core.handleApi, () => upstreamUrl);
  const control = serve(core.handleControl, () => controlUrl);
  const servers = [];
  let proxy;
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
  let closing;
  const send = async (method, path, bodyText) => {
    const response = await fetch(`${controlUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, body: bodyText });
    return { status: response.status, body: await response.json() };
  };
  return {
    url: proxy.url,
    controlUrl,
    upstreamUrl,
    prism: proxy,
    sandbox: core,
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
