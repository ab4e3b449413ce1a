// One Chromium for the whole run, launched only when a test first asks for it: each file's launchChromium()
// (test/helpers/chromium.ts) connects to it, with contexts of its own that its close() closes, instead of starting
// a browser of its own. The browser is closed after the run. A run whose files need no browser starts none.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a test asks for the shared browser's WebSocket endpoint (a loopback URL with a secret path). */
    chromiumBroker: string;
  }
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default async function setup(project: TestProject) {
  let browser: Promise<BrowserServer> | undefined;
  const launch = () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(`Chromium not found at ${chromiumPath}: run node scripts/ensure-chromium.mjs (npm test does) or set CHROMIUM_PATH`);
    }
    return chromium.launchServer({
      executablePath: chromiumPath,
      host: '127.0.0.1',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  };
  const secret = `/${randomUUID()}`;
  const broker = createServer((request, response) => {
    if (request.url !== secret) return void response.writeHead(404).end();
    browser ??= launch();
    browser.then(
      (server) => response.writeHead(200, { 'content-type': 'text/plain' }).end(server.wsEndpoint()),
      (error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
    );
  });
  await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
  project.provide('chromiumBroker', `http://127.0.0.1:${(broker.address() as AddressInfo).port}${secret}`);
  return async () => {
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    await browser?.then((server) => server.close(), () => undefined);
  };
}
