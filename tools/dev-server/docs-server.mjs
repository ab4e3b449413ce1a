// Serves the rendered docs page on loopback, read from disk on every request so a rebuild shows on reload.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

export function startDocsServer({ port, file, waitingText }) {
  const server = createServer(async (request, response) => {
    if (request.url !== '/' && request.url !== '/index.html') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const html = await readFile(file);
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
