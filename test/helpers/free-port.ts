// A port on 127.0.0.1 that was free a moment ago: for a test that needs a connection refused, or a port to pass
// to a program that cannot be told 0. Nothing listens on it when this returns.
import { createServer, type AddressInfo } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
