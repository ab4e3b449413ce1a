// Express 5: the webhook route is mounted before express.json(), so the raw request reaches toNodeListener (which
// reads the body itself, up to its cap) exactly as Palomma sent it.
import type { Server } from 'node:http';
import express from 'express';
import { createWebhookHandler, type WebhookStore } from 'palomma-openapi/webhooks';
import { toNodeListener } from 'palomma-openapi/webhooks/node';
import { palommaEvents } from './events.js';

export function createApp(options: { integrityKey: string; store?: WebhookStore }) {
  const app = express();
  // 1. The webhook route, first.
  app.post('/webhooks/palomma', toNodeListener(createWebhookHandler({ ...options, onEvent: palommaEvents })));
  // 2. Then the body parsers the rest of the app uses, and its routes.
  app.use(express.json());
  app.post('/orders', (request, response) => void response.json({ received: request.body }));
  return app;
}

export function start(options: { integrityKey: string; store?: WebhookStore; port?: number }): Promise<Server> {
  return new Promise((resolve) => {
    const server = createApp(options).listen(options.port ?? 3000, '127.0.0.1', () => resolve(server));
  });
}
