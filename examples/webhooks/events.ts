// What a receiver does with each Palomma event, shared by the framework examples beside this file. `ledger` stands
// for your database: one line per piece of work done, which the tests read.
import type { WebhookEventHandlers } from 'palomma-openapi/webhooks';

export const ledger: { webhookId: string; work: string }[] = [];
const record = (webhookId: string, work: string) => void ledger.push({ webhookId, work });

/** One function per event type this app acts on; `default` takes the others, and types newer than this package. */
export const palommaEvents: WebhookEventHandlers = {
  'payin-link.update': ({ webhookId, event }) => record(webhookId, `payin link ${event.id} is ${event.status}`),
  'payin-request.update': ({ webhookId, event }) => record(webhookId, `payin request ${event.id} is ${event.status}, ${event.amountCollected} collected`),
  'payout-target.update': ({ webhookId, event }) => record(webhookId, `payout target ${event.id} is ${event.status}`),
  'payout-request.update': ({ webhookId, event }) => record(webhookId, `payout request ${event.id} is ${event.status}`),
  default: ({ webhookId, eventType }) => record(webhookId, `${eventType}: not acted on`),
};
