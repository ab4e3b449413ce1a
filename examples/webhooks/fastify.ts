// Fastify 5: the webhook route lives in a plugin scope of its own, where no content-type parser reads the body;
// reply.hijack() hands the raw request and response to toNodeListener. The rest of the app keeps Fastify's parsers.
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { createWebhookHandler, type WebhookStore } from 'palomma-openapi/webhooks';
import { toNodeListener } from 'palomma-openapi/webhooks/node';
import { palommaEvents } from './events.js';

export async function createApp(options: { integrityKey: string; store?: WebhookStore }) {
  const app = Fastify();
  const listener = toNodeListener(createWebhookHandler({ ...options, onEvent: palommaEvents }));
  await app.register(async (webhooks) => {
    // In this scope only: accept any content type and leave the body unread, for the listener to read raw.
    webhooks.removeAllContentTypeParsers();
    webhooks.addContentTypeParser('*', (_request, _payload, done) => done(null));
    webhooks.post('/webhooks/palomma', (request: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      return listener(request.raw, reply.raw);
    });
  });
  app.post('/orders', async (request: FastifyRequest) => ({ received: request.body }));
  return app;
}

export async function start(options: { integrityKey: string; store?: WebhookStore; port?: number }) {
  const app = await createApp(options);
  await app.listen({ port: options.port ?? 3000, host: '127.0.0.1' });
  return app;
}
