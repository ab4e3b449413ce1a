// The control API and the customer's pages on their port. Both answer only the Host names the port is reached by;
// anything that changes state must come from the sandbox's own pages or from no page at all (curl, the control
// client), with a JSON body for the control API and the page's form for the pages.
import { createServer, type Server } from 'node:http';
import { boundServer, readBody } from '../http/body.js';
import { checkRequest, type RequestPolicy } from '../http/guard.js';
import { escapeHtml, htmlHeaders } from '../http/html.js';
import { isJsonType, percentEncodingProblem } from '../http/request-shape.js';
import { refuseRequest, sendJson, sendMessage } from '../http/respond.js';
import type { ControlAnswer, ControlRequest } from './control.js';

/** What the control handler is given over HTTP: the URL as a string, the body as text. */
export type ControlHttpRequest = Omit<ControlRequest, 'url'> & { url: string };
export type ControlResult = ControlAnswer;

// The methods that carry a decision or a command; any other is the router's to answer (404, 405).
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Control bodies are a few fields; page forms a few more. */
export const maxControlBodyBytes = 64_000;

const pageRefusal = (status: number, message: string): ControlResult => ({
  status,
  html: `<!doctype html><meta charset="utf-8"><title>Refused</title><p>${escapeHtml(message)}</p>`,
});

/** Headers for an answer: an HTML page with its CSP, or JSON. */
export function controlHeaders(result: ControlResult): Record<string, string> {
  return result.html !== undefined
    ? { ...htmlHeaders({ styles: result.styles ?? [], formTargets: result.formTargets ?? [] }), ...result.headers }
    : { 'content-type': 'application/json' };
}

/** The request's problem with its content type, for a request that changes state; undefined when it is fine. */
function contentTypeProblem(page: boolean, contentType: string | undefined, bodyLength: number): string | undefined {
  if (page) {
    const form = contentType?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
    return form ? undefined : 'Content-Type: a decision is the page\'s own form (application/x-www-form-urlencoded)';
  }
  // No body and no type (`curl -X POST …/reset`) is fine; a body, or a type, must be JSON. A form or text/plain
  // body is what another site's page can send without asking: never taken.
  if (bodyLength === 0 && contentType === undefined) return undefined;
  return isJsonType(contentType) ? undefined : 'Content-Type: must be application/json';
}

export function createControlServer(handle: (request: ControlHttpRequest) => ControlResult | Promise<ControlResult>, options: { origin: () => string; policy: Omit<RequestPolicy, 'foreignPages'>; log?: (line: string) => void }): Server {
  const { origin, policy, log = (line: string) => console.error(line) } = options;
  const send = (response: Parameters<typeof sendJson>[0], result: ControlResult) => {
    const headers = controlHeaders(result);
    if (result.html !== undefined) response.writeHead(result.status, headers).end(result.html);
    else sendJson(response, result.status, result.body, headers);
  };
  return boundServer(
    createServer(async (request, response) => {
      const path = (request.url ?? '/').split('?')[0]!;
      const page = path.startsWith('/pages/');
      // A page's refusal is a page; the control API's is `{ message }`.
      const refuse = (status: number, message: string) =>
        refuseRequest(request, response, status, message, page ? (res, code, text) => send(res, pageRefusal(code, text)) : undefined);
      const checked = checkRequest(request, { ...policy, foreignPages: 'unsafe' });
      if (checked.refusal) return refuse(checked.refusal.status, checked.refusal.message);
      const badTarget = percentEncodingProblem(request.url ?? '/');
      if (badTarget) return refuse(400, badTarget);
      const read = await readBody(request, maxControlBodyBytes);
      if (!read.ok) return refuse(read.status, read.message);
      if (writeMethods.has(request.method ?? 'GET')) {
        const problem = contentTypeProblem(page, request.headers['content-type'], read.body.length);
        if (problem) return page ? send(response, pageRefusal(415, problem)) : sendMessage(response, 415, problem);
      }
      try {
        send(response, await handle({ method: request.method ?? 'GET', url: `${origin()}${request.url}`, authorization: request.headers.authorization, bodyText: read.body.toString('utf8') }));
      } catch (error) {
        log(`palomma sandbox: ${(error as Error)?.stack ?? error}`);
        if (!response.headersSent) sendMessage(response, 500, 'the sandbox failed to handle the request');
      }
    }),
    { limit: maxControlBodyBytes },
  );
}
