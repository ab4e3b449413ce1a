// Hostile requests mixed with good ones, sent to a local server with bounded concurrency and a deadline: every
// good request must get its answer, every hostile one an answer (never a reset, a refused connection, or a 502/503
// from a front whose Prism has died).
import { Agent, request } from 'node:http';

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body chunked, without a length. */
  chunked?: boolean;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const agent = new Agent({ keepAlive: false });

/** One request with node:http (fetch would refuse a forged Host, or fix a broken path); resolves the answer or the error code. */
export function sendRaw(url: string, raw: RawRequest, timeoutMs = 10_000): Promise<Answer | { error: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const headers = { ...raw.headers };
    if (raw.body !== undefined && !raw.chunked) headers['content-length'] = String(Buffer.byteLength(raw.body));
    const req = request({ host: hostname.replace(/^\[|\]$/g, ''), port, method: raw.method ?? 'GET', path: raw.path, headers, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    // A server that answers before reading a too-large body may close while it is still being written.
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    if (raw.body !== undefined) {
      if (raw.chunked) {
        const body = Buffer.from(raw.body);
        for (let at = 0; at < body.length; at += 256_000) req.write(body.subarray(at, at + 256_000));
      } else req.write(raw.body);
    }
    req.end();
  });
}

/** Hostile request shapes, each with the statuses a surviving server may answer it with. */
export interface Hostile {
  name: string;
  request: RawRequest;
  statuses: number[];
}

export function hostileRequests(options: { hostPort: number; paths: string[]; jsonPath: string }): Hostile[] {
  const { hostPort, paths, jsonPath } = options;
  const json = { 'content-type': 'application/json', authorization: 'Bearer palomma-sandbox-token' };
  const deep = '['.repeat(5_000) + ']'.repeat(5_000);
  const list: Hostile[] = [
    ...['%E0%A4%A', '%', '%zz', '%C3', '%ED%A0%80', 'a%2', '%%30'].flatMap((bad) =>
      paths.map((path) => ({ name: `percent ${bad} in ${path}`, request: { path: `${path}/${bad}`, headers: { authorization: 'Bearer x' } }, statuses: [400, 404] })),
    ),
    { name: 'percent in the query', request: { path: `${paths[0]}?cursor=%E0%A4%A` }, statuses: [400] },
    { name: 'JSON 5 000 levels deep', request: { method: 'POST', path: jsonPath, headers: json, body: deep }, statuses: [400] },
    { name: 'objects 5 000 levels deep', request: { method: 'POST', path: jsonPath, headers: json, body: '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000) }, statuses: [400] },
    { name: 'deep inside a field', request: { method: 'POST', path: jsonPath, headers: json, body: `{"reference":${deep}}` }, statuses: [400] },
    { name: 'not JSON', request: { method: 'POST', path: jsonPath, headers: json, body: '{"name":' }, statuses: [400] },
    { name: 'a __proto__ body', request: { method: 'POST', path: jsonPath, headers: json, body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' }, statuses: [400, 401, 404, 422] },
    { name: 'a forged Host (DNS rebinding)', request: { path: paths[0]!, headers: { host: `evil.example:${hostPort}` } }, statuses: [403] },
    { name: 'another port in Host', request: { path: paths[0]!, headers: { host: `127.0.0.1:${hostPort === 65535 ? hostPort - 1 : hostPort + 1}` } }, statuses: [403] },
    { name: 'a foreign page posting text/plain', request: { method: 'POST', path: jsonPath, headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: '{}' }, statuses: [403] },
    { name: 'a foreign preflight for authorization', request: { method: 'OPTIONS', path: paths[0]!, headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } }, statuses: [403, 404, 405] },
    { name: 'an origin "null"', request: { method: 'POST', path: jsonPath, headers: { origin: 'null', ...json }, body: '{}' }, statuses: [403] },
    { name: 'headers over 16 KB', request: { path: paths[0]!, headers: { 'x-big': 'a'.repeat(20_000) } }, statuses: [431] },
    { name: 'an unknown method', request: { method: 'PROPFIND', path: paths[0]! }, statuses: [400, 401, 404, 405] },
  ];
  const big = Buffer.alloc(1_500_000, 0x20);
  const rare: Hostile[] = [
    { name: 'a 1.5 MB body', request: { method: 'POST', path: jsonPath, headers: json, body: big }, statuses: [413] },
    { name: 'a 1.5 MB body, chunked', request: { method: 'POST', path: jsonPath, headers: json, body: big, chunked: true }, statuses: [413] },
  ];
  return [...list, ...rare];
}

export interface Mix {
  hostile: number;
  good: number;
  failures: string[];
  ms: number;
}

/**
 * Sends `count` hostile requests (cycling through `hostile`, the large bodies one in 50) mixed with a good request
 * after every `goodEvery`, `concurrency` at a time, all within `deadlineMs`. Returns what went wrong, if anything.
 */
export async function survive(
  url: string,
  hostile: ReturnType<typeof hostileRequests>,
  good: { request: () => RawRequest; statuses: number[] }[],
  { count = 1_000, goodEvery = 10, concurrency = 12, deadlineMs = 30_000 } = {},
): Promise<Mix> {
  const started = performance.now();
  const deadline = Date.now() + deadlineMs;
  const small = hostile.filter((h) => !Buffer.isBuffer(h.request.body));
  const large = hostile.filter((h) => Buffer.isBuffer(h.request.body));
  const jobs: { name: string; good: boolean; request: () => RawRequest; statuses: number[] }[] = [];
  for (let i = 0; i < count; i++) {
    const pick = i % 50 === 49 && large.length ? large[(i / 50) % large.length | 0]! : small[i % small.length]!;
    jobs.push({ name: pick.name, good: false, request: () => pick.request, statuses: pick.statuses });
    if (i % goodEvery === 0) {
      const g = good[(i / goodEvery) % good.length | 0]!;
      jobs.push({ name: `good ${g.request().method ?? 'GET'} ${g.request().path}`, good: true, request: g.request, statuses: g.statuses });
    }
  }
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length && Date.now() < deadline) {
      const job = jobs[next++]!;
      const answer = await sendRaw(url, job.request(), Math.max(1, Math.min(10_000, deadline - Date.now())));
      // Each failure names the server, for a run against several at once.
      if ('error' in answer) failures.push(`${url} ${job.name}: ${answer.error}`);
      else if (!job.statuses.includes(answer.status)) failures.push(`${url} ${job.name}: ${answer.status} ${answer.body.slice(0, 160)}`);
      else if (job.request().headers?.origin === 'http://evil.example' && answer.headers['access-control-allow-origin'] !== undefined) {
        failures.push(`${url} ${job.name}: told another site's page it may read (${answer.headers['access-control-allow-origin']})`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (next < jobs.length) failures.push(`${url}: only ${next} of ${jobs.length} requests were sent within ${deadlineMs} ms`);
  return { hostile: count, good: jobs.filter((j) => j.good).length, failures, ms: Math.round(performance.now() - started) };
}
