// Serves the rendered docs page on loopback, read from disk on every request so a rebuild shows on reload. It
// answers only the names this machine is reached by (against DNS rebinding) and only GET and HEAD.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { boundServer } from '../../src/node/http/body.js';
import { hostRefusal } from '../../src/node/http/host-check.js';

/** `sandboxPage()`: resolves with the file of the sandbox control API's page (built when first asked), served as /sandbox.html. */
export function startDocsServer({ port, file, sandboxPage, waitingText }) {
  let listening = port;
  const server = createServer(async (request, response) => {
    const refusal = hostRefusal(request.headers.host, { ports: () => [listening] });
    if (refusal) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(refusal);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { 'content-type': 'text/plain', allow: 'GET, HEAD' }).end('the docs page answers GET and HEAD only');
      return;
    }
    const page = request.url === '/' || request.url === '/index.html' ? file : request.url === '/sandbox.html' ? sandboxPage : undefined;
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const html = await readFile(typeof page === 'function' ? await page() : page);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' }).end(html);
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end(waitingText);
    }
  });
  boundServer(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      listening = server.address().port;
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => {
          server.closeAllConnections?.();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
