// How the sandbox posts a webhook by default: node:http(s) through agents that cap the sockets, per receiver and in
// all. (Node's fetch keeps a socket open after its request is aborted by a timeout, so with a receiver that never
// answers every timed-out attempt left one behind, and the process ran out of file descriptors.) Here a timed-out
// or cancelled attempt destroys its socket.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { defaultDeliveryLimits, type DeliveryLimits } from './delivery-queue.js';
import type { WebhookFetch } from './webhooks.js';

/** A WebhookFetch over node:http(s) whose sockets are capped by `limits`; the body must be a string. */
export function createDeliveryPoster(limits: Partial<DeliveryLimits> = {}): WebhookFetch {
  const { perReceiver, total } = { ...defaultDeliveryLimits, ...limits };
  const caps = { keepAlive: true, maxSockets: perReceiver, maxTotalSockets: total, maxFreeSockets: perReceiver, timeout: 30_000 };
  const agents = { 'http:': new HttpAgent(caps), 'https:': new HttpsAgent(caps) };
  return (url, init) =>
    new Promise((resolve, reject) => {
      const { method = 'POST', signal } = init;
      const body = typeof init.body === 'string' ? init.body : '';
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return reject(new TypeError(`${target.protocol} is not http(s)`));
      if (signal?.aborted) return reject(signal.reason);
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(target, { method, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent: agents[target.protocol] }, (res) => {
        res.resume(); // the answer's body is not needed: drop it, so the socket can be reused
        res.once('end', () => signal?.removeEventListener('abort', onAbort));
        const status = res.statusCode ?? 0;
        resolve(new Response(null, { status: status >= 200 && status <= 599 ? status : 599, statusText: res.statusMessage ?? '' }));
      });
      const onAbort = () => req.destroy(signal!.reason instanceof Error ? signal!.reason : new Error(String(signal!.reason)));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.once('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(signal?.aborted ? signal.reason : error);
      });
      req.end(body);
    });
}
