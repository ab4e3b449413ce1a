// The sandbox's API on its private loopback port, the one Prism's validating proxy forwards to. Only requests that
// came through the front (and so through Prism) are taken: everything stored has passed the spec's validation.
import { createServer, type Server } from 'node:http';
import { boundServer, readBody } from '../http/body.js';
import type { FrontSecret } from '../http/front-secret.js';
import { isJsonType, jsonBodyProblem } from '../http/request-shape.js';
import { refuseRequest, sendJson, sendMessage } from '../http/respond.js';
import type { ApiAnswer } from './api.js';
import type { RequestParts } from './sandbox.js';

/** A node:http server answering `handle`, behind Prism only; `origin()` is the URL it is reached by. */
export function createApiServer(handle: (request: RequestParts) => ApiAnswer | Promise<ApiAnswer>, { origin, secret, log = (line: string) => console.error(line) }: { origin: () => string; secret: FrontSecret; log?: (line: string) => void }): Server {
  return boundServer(
    createServer(async (request, response) => {
      if (!secret.admits(request.headers)) {
        return refuseRequest(request, response, 403, "this port takes requests from the sandbox's Prism only: call the sandbox's API URL");
      }
      const read = await readBody(request);
      if (!read.ok) return refuseRequest(request, response, read.status, read.message);
      const bodyText = read.body.toString('utf8');
      // The front checked this already; the check is cheap, and what is stored must be serialisable later.
      const problem = isJsonType(request.headers['content-type']) ? jsonBodyProblem(bodyText) : undefined;
      if (problem) return sendMessage(response, 400, problem);
      try {
        const result = await handle({ method: request.method ?? 'GET', url: `${origin()}${request.url}`, authorization: request.headers.authorization, bodyText });
        sendJson(response, result.status, result.body, result.headers);
      } catch (error) {
        log(`palomma sandbox: ${(error as Error)?.stack ?? error}`);
        if (!response.headersSent) sendMessage(response, 500, 'the sandbox failed to handle the request');
      }
    }),
  );
}
