// A stand-in for the Palomma API on 127.0.0.1 built from the spec: each operation answers with its 200 example,
// unless a drift replaces that answer. Records what it was sent.
import type { ServerResponse } from 'node:http';
import { startHttpServer } from './http-server.js';

type Spec = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
export type Drift = (response: ServerResponse, example: Record<string, unknown>) => void;

export interface SpecUpstream {
  url: string;
  requests: { method: string; path: string; authorization: string | undefined }[];
  close: () => Promise<void>;
}

const methods = ['get', 'put', 'post', 'delete', 'patch'];

/** The first example of an operation's 200 JSON response. */
function okExample(operation: { responses?: Record<string, unknown> }): unknown {
  const ok = operation.responses?.['200'] as { content?: Record<string, { examples?: Record<string, { value: unknown }>; example?: unknown }> } | undefined;
  const content = ok?.content?.['application/json'];
  return content?.example ?? Object.values(content?.examples ?? {})[0]?.value;
}

/** Starts the upstream; `drifts` is keyed like `'POST /payoutTargets'` or `'GET /payoutTargets/{payoutTargetId}'`. */
export async function startSpecUpstream(spec: Spec, drifts: Record<string, Drift> = {}): Promise<SpecUpstream> {
  const routes = Object.entries(spec.paths).flatMap(([template, item]) =>
    methods
      .filter((m) => item[m])
      .map((m) => ({
        key: `${m.toUpperCase()} ${template}`,
        method: m.toUpperCase(),
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
        example: okExample(item[m]!),
      })),
  );
  for (const key of Object.keys(drifts)) {
    if (!routes.some((r) => r.key === key)) throw new Error(`startSpecUpstream: the spec has no operation ${key}`);
  }
  const server = await startHttpServer((request, response) => {
    const path = new URL(request.url!, 'http://upstream').pathname;
    const route = routes.find((r) => r.method === request.method && r.pattern.test(path));
    if (!route) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
    const example = structuredClone(route.example ?? {}) as Record<string, unknown>;
    const drift = drifts[route.key];
    if (drift) return drift(response, example);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(example));
  });
  return {
    url: server.url,
    get requests() {
      return server.requests.map(({ method, path, headers }) => ({ method, path, authorization: headers.authorization }));
    },
    close: server.close,
  };
}

/** Writes a JSON answer. */
export const json = (response: ServerResponse, status: number, body: unknown, type = 'application/json') =>
  response.writeHead(status, { 'content-type': type }).end(typeof body === 'string' ? body : JSON.stringify(body));
