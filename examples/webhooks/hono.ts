// Hono 4 on Node (@hono/node-server): the handler is Web-standard, so the route passes Hono's raw Request to it
// as is. Hono reads a body only when asked, so the order of routes does not matter here.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createWebhookHandler, type WebhookStore } from 'palomma-openapi/webhooks';
import { palommaEvents } from './events.js';

export function createApp(options: { integrityKey: string; store?: WebhookStore }) {
  const webhooks = createWebhookHandler({ ...options, onEvent: palommaEvents });
  const app = new Hono();
  app.post('/webhooks/palomma', (c) => webhooks(c.req.raw));
  app.post('/orders', async (c) => c.json({ received: await c.req.json() }));
  return app;
}

export function start(options: { integrityKey: string; store?: WebhookStore; port?: number }): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch: createApp(options).fetch, port: options.port ?? 3000, hostname: '127.0.0.1' }, () => resolve(server));
  });
}
