// The one front of every port Prism serves (`palomma mock`, `palomma sandbox`, `npm start`): it owns the public
// port, refuses what must not reach Prism, and forwards the rest to the Prism instance of the moment on a private
// loopback port. An instance can be replaced (a reload, a restart after a crash) without a refused connection:
// requests wait while none is there.
//
// Refused here, in Palomma's error shape (`{ message }`):
// - a Host this machine is not reached by, a page of another site (403): DNS rebinding, cross-site requests;
// - broken percent-encoding in the target (400), JSON nested deeper than 64 levels or not JSON at all (400),
//   bodies over 1 MB (413): the first two make Prism 5.14.2 exit (see request-shape.ts), the last it would buffer
//   at about 40 times its size, up to 10 MB a request.
// CORS is answered here too: Prism's own (every origin echoed, with credentials) is switched off and stripped.
// A front that pretends to be Palomma (the sandbox's) also refuses, with `check`, a request that breaks the spec, in
// the client's words, and gives Prism's own problem+json answers Palomma's shape (`palommaShape`, palomma-shape.ts).
import { Agent, createServer, request as forward, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { boundServer, maxBodyBytes, readBody } from '../http/body.js';
import { checkRequest } from '../http/guard.js';
import { isJsonType, jsonBodyProblem, maxJsonDepth, percentEncodingProblem } from '../http/request-shape.js';
import { refuseRequest, sendJson, sendMessage } from '../http/respond.js';
import { inPalommaShape } from './palomma-shape.js';

/** A request as `check` sees it: the target's path and query under a placeholder origin, the token, the body. */
export interface FrontRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  bodyText: string;
}

/** The front's own answer to a request that must not reach Prism. */
export interface FrontRefusal {
  status: number;
  body: unknown;
}

/** Where the front forwards to: a loopback port, and headers to add (the sandbox's per-start secret). */
export interface FrontTarget {
  port: number;
  headers?: Readonly<Record<string, string>>;
}

export interface FrontOptions {
  /** The public port; 0 picks a free one. */
  port: number;
  /** The interface to listen on (default 127.0.0.1). */
  host?: string;
  /** What is behind the front, for messages: `the mock`, `the sandbox`. */
  name: string;
  /** More host names to answer (`--allowed-host`). */
  allowedHosts?: readonly string[];
  /** Ports of fronts that forward to this one with the Host unchanged (npm start's), answered like its own. */
  extraPorts?: () => readonly number[];
  /** Origins whose pages may call through the front (CORS without credentials); none by default. */
  allowedOrigins?: readonly string[] | (() => readonly string[]);
  maxBodyBytes?: number;
  maxDepth?: number;
  /** The answer (503) until the first target: why there is none yet. */
  waitingText?: string;
  /** How long a request waits for a target that is being restarted (default 30 s, as long as Prism may take to start). */
  holdMs?: number;
  /** The front's own answer to a request that must not reach Prism (one that breaks the spec), or undefined. */
  check?: (request: FrontRequest) => FrontRefusal | undefined;
  /** Give Prism's own problem+json answers Palomma's shape (`{ message }`, a declared status), its findings in `sl-violations`. */
  palommaShape?: boolean;
}

export interface GuardFront {
  readonly url: string;
  readonly port: number;
  readonly target: FrontTarget | undefined;
  /** Sends new requests to `target`; resolves with the previous target once its requests have finished (10 s at most). */
  switchTo(target: FrontTarget): Promise<FrontTarget | undefined>;
  /** The target is gone and a new one is coming: requests wait for it (up to `holdMs`) instead of failing. */
  hold(reason: string): void;
  /** No target will come: requests get a 503 with `reason` at once. */
  fail(reason: string): void;
  close(): Promise<void>;
}

// Hop-by-hop headers belong to one connection, not to the message passed on.
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-connection', 'proxy-authorization', 'expect']);
const corsMethods = 'GET, POST, PUT, PATCH, DELETE';

interface Current {
  target: FrontTarget;
  inFlight: number;
  drained?: () => void;
}

export function startGuardFront(options: FrontOptions): Promise<GuardFront> {
  const { port, host = '127.0.0.1', name, allowedHosts = [], waitingText = `${name} is starting`, holdMs = 30_000 } = options;
  const limit = options.maxBodyBytes ?? maxBodyBytes;
  const maxDepth = options.maxDepth ?? maxJsonDepth;
  const origins = () => (typeof options.allowedOrigins === 'function' ? options.allowedOrigins() : (options.allowedOrigins ?? []));
  // A fresh loopback connection per request: a pooled one could be closed by the instance's idle timeout just as
  // it is reused, which the client would see as a reset.
  const agent = new Agent({ keepAlive: false });
  let current: Current | undefined;
  let state: { kind: 'waiting' } | { kind: 'up' } | { kind: 'held'; reason: string; since: number } | { kind: 'failed'; reason: string } = { kind: 'waiting' };
  let wakers: (() => void)[] = [];
  let listeningPort = port;

  const wake = () => {
    const waiting = wakers;
    wakers = [];
    for (const resolve of waiting) resolve();
  };

  /** The target to use now, after waiting out a restart; undefined with the reason when there is none. */
  async function targetNow(): Promise<{ current: Current } | { reason: string }> {
    const deadline = Date.now() + holdMs;
    while (state.kind === 'held' && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        wakers.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (state.kind === 'up' && current) return { current };
    if (state.kind === 'failed') return { reason: state.reason };
    if (state.kind === 'held') return { reason: `${name} is being restarted (${state.reason}); try again in a moment` };
    return { reason: waitingText };
  }

  function corsHeaders(origin: string | undefined): Record<string, string> {
    return origin ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': '*', vary: 'Origin' } : { vary: 'Origin' };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const checked = checkRequest(request, { ports: () => [listeningPort, ...(options.extraPorts?.() ?? [])], allowedHosts, allowedOrigins: origins(), foreignPages: 'all' });
    if (checked.refusal) return refuseRequest(request, response, checked.refusal.status, checked.refusal.message);
    // Only an allowed origin is told it may read the answer, and never with credentials.
    const allowed = checked.origin.kind === 'allowed' ? checked.origin.origin : undefined;
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      if (!allowed) return refuseRequest(request, response, 403, `Origin: ${checked.origin.origin ?? 'none'} may not call ${name} from a page`);
      response.writeHead(204, {
        ...corsHeaders(allowed),
        'access-control-allow-methods': corsMethods,
        'access-control-allow-headers': String(request.headers['access-control-request-headers'] ?? '').slice(0, 1_000),
        'access-control-max-age': '600',
      });
      return response.end();
    }
    const target = request.url ?? '/';
    const badTarget = percentEncodingProblem(target);
    if (badTarget) return refuseRequest(request, response, 400, badTarget);
    const read = await readBody(request, limit);
    if (!read.ok) return refuseRequest(request, response, read.status, read.message);
    if (read.body.length > 0 && isJsonType(request.headers['content-type'])) {
      const problem = jsonBodyProblem(read.body.toString('utf8'), maxDepth);
      if (problem) return sendMessage(response, 400, problem, corsHeaders(allowed));
    }
    const refusal = options.check?.({
      method: request.method ?? 'GET',
      url: `http://front.invalid${target}`,
      authorization: request.headers.authorization,
      bodyText: read.body.toString('utf8'),
    });
    if (refusal) return sendJson(response, refusal.status, refusal.body, corsHeaders(allowed));
    await pass(request, response, read.body, allowed, true);
  }

  async function pass(request: IncomingMessage, response: ServerResponse, body: Buffer, allowed: string | undefined, mayRetry: boolean) {
    const found = await targetNow();
    if (!('current' in found)) return sendMessage(response, 503, found.reason, { 'retry-after': '1', ...corsHeaders(allowed) });
    const entry = found.current;
    entry.inFlight++;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      if (--entry.inFlight === 0) entry.drained?.();
    };
    response.once('close', finish);
    const headers = forwardedHeaders(request.headers, entry.target.headers, body.length);
    const upstream = forward({ host: '127.0.0.1', port: entry.target.port, method: request.method, path: request.url, headers, agent, timeout: 60_000 }, (answer) => {
      answer.once('error', () => response.destroy());
      if (options.palommaShape && /^application\/problem\+json\b/i.test(String(answer.headers['content-type'] ?? ''))) {
        return reshape(answer, response, allowed);
      }
      response.writeHead(answer.statusCode ?? 502, { ...answerHeaders(answer.headers), 'x-content-type-options': 'nosniff', ...corsHeaders(allowed) });
      answer.pipe(response);
    });
    upstream.once('timeout', () => upstream.destroy(new Error('no answer within 60 s')));
    upstream.once('error', (error: NodeJS.ErrnoException) => {
      finish();
      if (response.headersSent) return void response.destroy();
      // The instance went away under this request. One that changes nothing is sent again, once, after a moment
      // in which its supervisor notices and holds the front for the next instance; any other may have been acted
      // on already, so it is answered, not repeated.
      const gone = error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET' || error.code === 'EPIPE';
      if (gone && mayRetry && (request.method === 'GET' || request.method === 'HEAD')) {
        return void setTimeout(() => void pass(request, response, body, allowed, false), 250);
      }
      sendMessage(response, 502, `${name} did not answer (${error.code ?? error.message})`, corsHeaders(allowed));
    });
    upstream.end(body);
  }

  /** Prism's own answer (small: its problem+json), read whole and sent on in Palomma's shape. */
  function reshape(answer: IncomingMessage, response: ServerResponse, allowed: string | undefined) {
    const chunks: Buffer[] = [];
    let size = 0;
    answer.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    answer.once('end', () => {
      const status = answer.statusCode ?? 502;
      const shaped = inPalommaShape(status, String(answer.headers['content-type']), Buffer.concat(chunks).toString('utf8'));
      if (shaped) sendJson(response, shaped.status, shaped.body, { ...shaped.headers, ...corsHeaders(allowed) });
      else sendMessage(response, status, `${name} answered ${status}`, corsHeaders(allowed));
    });
  }

  const server = boundServer(
    createServer((request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) sendMessage(response, 500, `${name}'s front failed: ${(error as Error)?.message ?? error}`);
        else response.destroy();
      });
    }),
    { limit },
  );

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      listeningPort = (server.address() as AddressInfo).port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${listeningPort}`,
        port: listeningPort,
        get target() {
          return current?.target;
        },
        switchTo(target) {
          const previous = current;
          current = { target, inFlight: 0 };
          state = { kind: 'up' };
          wake();
          if (!previous) return Promise.resolve(undefined);
          if (previous.inFlight === 0) return Promise.resolve(previous.target);
          return new Promise((done) => {
            // Bounded: a request that hangs on the old instance must not keep it alive forever.
            const timer = setTimeout(() => done(previous.target), 10_000);
            previous.drained = () => {
              clearTimeout(timer);
              done(previous.target);
            };
          });
        },
        hold(reason) {
          if (state.kind !== 'failed') state = { kind: 'held', reason, since: Date.now() };
        },
        fail(reason) {
          state = { kind: 'failed', reason };
          wake();
        },
        close() {
          state = { kind: 'failed', reason: `${name} has stopped` };
          wake();
          agent.destroy();
          server.closeAllConnections();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

function forwardedHeaders(incoming: IncomingHttpHeaders, added: Readonly<Record<string, string>> = {}, length: number): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined || hopByHop.has(key) || key === 'content-length' || key in added) continue;
    headers[key] = value;
  }
  if (length > 0 || incoming['content-length'] !== undefined || incoming['transfer-encoding'] !== undefined) headers['content-length'] = String(length);
  return { ...headers, ...added };
}

function answerHeaders(incoming: IncomingHttpHeaders): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined || hopByHop.has(key) || key.startsWith('access-control-')) continue;
    headers[key] = value;
  }
  return headers;
}
