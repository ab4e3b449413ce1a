// Next.js App Router: this file is app/api/webhooks/palomma/route.ts. A route handler gets the Web Request
// untouched (Next parses no body), so the handler takes it as is. Set PALOMMA_INTEGRITY_KEY, and REDIS_URL: a
// deployment runs many instances, which must share one store to process each delivery once.
import type { NextRequest } from 'next/server.js'; // 'next/server' in an app (bundler resolution)
import { createClient } from 'redis';
import { createWebhookHandler, type WebhookHandler } from 'palomma-openapi/webhooks';
import { createRedisWebhookStore } from 'palomma-openapi/webhooks/redis';
import { palommaEvents } from './events.js';

// Made on the first delivery, not at import: `next build` loads route modules without the runtime's secrets.
let handler: Promise<WebhookHandler> | undefined;

async function createHandler(): Promise<WebhookHandler> {
  const redisUrl = process.env.REDIS_URL;
  const client = redisUrl ? await createClient({ url: redisUrl }).on('error', (error) => console.error('redis:', error.message)).connect() : undefined;
  return createWebhookHandler({
    integrityKey: process.env.PALOMMA_INTEGRITY_KEY ?? '',
    store: client && createRedisWebhookStore({ client }),
    onEvent: palommaEvents,
  });
}

export async function POST(request: NextRequest): Promise<Response> {
  handler ??= createHandler().catch((error: unknown) => {
    handler = undefined; // the next delivery tries again; this one gets Next's 500, and Palomma retries it
    throw error;
  });
  return (await handler)(request);
}

// Every delivery is new: never cache or pre-render this route.
export const dynamic = 'force-dynamic';
