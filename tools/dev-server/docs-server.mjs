// Serves the rendered docs page on loopback, read from disk on every request so a rebuild shows on reload.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

/** `sandboxPage()`: resolves with the file of the sandbox control API's page (built when first asked), served as /sandbox.html. */
export function startDocsServer({ port, file, sandboxPage, waitingText }) {
  const server = createServer(async (request, response) => {
    const page = request.url === '/' || request.url === '/index.html' ? file : request.url === '/sandbox.html' ? sandboxPage : undefined;
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const html = await readFile(typeof page === 'function' ? await page() : page);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end(waitingText);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
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
