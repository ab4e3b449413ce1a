// A loopback HTTP front that owns a service's public port and forwards each request to the service's current
// instance, so an instance can be replaced by a newer one without a single refused or reset connection.
import { Agent, createServer, request as forward } from 'node:http';

/**
 * Listens on `port` (127.0.0.1) and resolves with `{ url, port, switchTo(instance), close() }`. Until the first
 * `switchTo`, requests get a 503 saying `waitingText`. `switchTo` resolves with the instance it replaced, once
 * that instance has no request in flight any more (so the caller can stop it without cutting one off).
 */
export function startFront({ port, name, waitingText }) {
  // A fresh loopback connection per request: a pooled one could be closed by the instance's own idle timeout
  // just as it is reused, which the client would see as a reset.
  const agent = new Agent({ keepAlive: false });
  let current; // { instance, inFlight, drained }
  const server = createServer((req, res) => {
    const target = current;
    if (!target) {
      res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '1' });
      res.end(JSON.stringify({ title: `${name} not started`, detail: waitingText }));
      return;
    }
    target.inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      if (--target.inFlight === 0) target.drained?.();
    };
    res.once('close', finish);
    const upstream = forward(
      { host: '127.0.0.1', port: target.instance.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.once('error', (error) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ title: `${name} did not answer`, detail: error.message }));
    });
    req.pipe(upstream);
  });
  // Clients keep their connections to the front across switches; only the front's own pool meets instances.
  server.keepAliveTimeout = 5_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const actual = server.address().port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        get instance() {
          return current?.instance;
        },
        switchTo(instance) {
          const previous = current;
          current = { instance, inFlight: 0 };
          if (!previous) return Promise.resolve(undefined);
          if (previous.inFlight === 0) return Promise.resolve(previous.instance);
          return new Promise((done) => {
            // Bounded: a request that hangs on the old instance must not keep it alive forever.
            const timer = setTimeout(() => done(previous.instance), 10_000);
            previous.drained = () => {
              clearTimeout(timer);
              done(previous.instance);
            };
          });
        },
        close() {
          agent.destroy();
          server.closeAllConnections?.();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
