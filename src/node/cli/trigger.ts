// palomma trigger <event-type>: makes a running sandbox send a real, signed webhook of that type to its receivers,
// by creating what the event needs through the API (Prism in front) and driving it through the control API.
import { createPalommaClient, PalommaConnectionError, type PalommaClient } from '../../client/index.js';
import { createRedactor } from '../../client/internal/redact.js';
import { defaultToken } from '../sandbox/sandbox.js';
import { httpUrl, parseCommandLine } from './args.js';

/** How each webhook comes about: what to create, and the control call that changes its status. */
const recipes = {
  'payout-target.update': { outcomes: ['active', 'cancelled'], run: payoutTarget },
  'payout-request.update': { outcomes: ['approved', 'cancelled'], run: payoutRequest },
  'payin-link.update': { outcomes: ['approved', 'cancelled'], run: payinLink },
  'payin-source.update': { outcomes: ['active', 'cancelled'], run: payinSource },
  'payin-request.update': { outcomes: ['approved', 'cancelled'], run: payinRequest },
  'payin-settlement.update': { outcomes: [], run: payinSettlement },
} satisfies Record<string, { outcomes: string[]; run: (steps: Steps, outcome: string | undefined) => Promise<string> }>;

export type TriggerEventType = keyof typeof recipes;
export const triggerEventTypes = Object.keys(recipes) as TriggerEventType[];

const usage = `Usage: palomma trigger <event-type> [options]

  Makes a running sandbox (palomma sandbox, npm start) deliver a real, signed <event-type> webhook to its
  --webhook-url receivers: creates what the event needs through the API and drives it through the control API.

  Event types: ${triggerEventTypes.join(', ')}

  --url <url>          the sandbox's API (default $SANDBOX_URL or http://127.0.0.1:4020)
  --control-url <url>  its control API (default $SANDBOX_CONTROL_URL or http://127.0.0.1:4021)
  --token <token>      the merchant to act for (default $PALOMMA_SANDBOX_TOKEN or ${defaultToken})
  --outcome <outcome>  how the object ends: active or approved (default), or cancelled

Exit code: 0 once a receiver took the delivery (2xx), 1 when none did, 2 for usage errors.`;

/** A delivery as `GET /webhookDeliveries` lists it. */
interface Delivery {
  webhookId: string;
  eventType: string;
  eventId?: string;
  url: string;
  state: 'pending' | 'retrying' | 'delivered' | 'failed';
  attempts: { status?: number; error?: string }[];
}

interface Steps {
  palomma: PalommaClient;
  control(path: string, body?: unknown): Promise<any>;
  log(line: string): void;
}

const bankAccount = { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' } as const;

async function customer({ palomma, log }: Steps) {
  const created = await palomma.customers.create({
    name: 'Pepito Perez',
    documentType: 'cc',
    documentNumber: '1037551022',
    email: 'pepito@gmail.com',
    phoneNumber: '3013111111',
    reference: 'palomma-trigger',
  });
  log(`customer ${created.id} created`);
  return created.id!;
}

async function activeTarget(steps: Steps, outcome = 'active') {
  const target = await steps.palomma.payoutTargets.create({
    customerId: await customer(steps),
    redirectUrl: 'https://merchant.example.com/payouts/return',
    type: 'bankAccount',
    bankAccount,
    reference: 'palomma-trigger',
  });
  await steps.control(`/payoutTargets/${target.id}/authorize`, { outcome });
  steps.log(`payout target ${target.id} created and authorised: ${outcome}`);
  return target.id!;
}

async function activeSource(steps: Steps, outcome = 'active') {
  const source = await steps.palomma.payinSources.create({
    customerId: await customer(steps),
    redirectUrl: 'https://merchant.example.com/debits/return',
    type: 'bankAccount',
    bankAccount,
    reference: 'palomma-trigger',
  });
  await steps.control(`/payinSources/${source.id}/authorize`, { outcome });
  steps.log(`payin source ${source.id} created and authorised: ${outcome}`);
  return source.id!;
}

async function paidLink(steps: Steps, outcome = 'approved') {
  const link = await steps.palomma.payinLinks.create({
    customerId: await customer(steps),
    redirectUrl: 'https://merchant.example.com/payments/return',
    amount: 185_000,
    type: 'general',
    availableTypes: ['pse'],
    reference: 'palomma-trigger',
  });
  await steps.control(`/payinLinks/${link.id}/pay`, { outcome });
  steps.log(`payin link ${link.id} created and paid: ${outcome}`);
  return link.id!;
}

function payoutTarget(steps: Steps, outcome: string | undefined) {
  return activeTarget(steps, outcome);
}

async function payoutRequest(steps: Steps, outcome = 'approved') {
  const payout = await steps.palomma.payoutRequests.create({ payoutTargetId: await activeTarget(steps), amount: 250_000, reference: 'palomma-trigger' });
  await steps.control(`/payoutRequests/${payout.id}/complete`, { outcome });
  steps.log(`payout request ${payout.id} created and completed: ${outcome}`);
  return payout.id!;
}

function payinLink(steps: Steps, outcome: string | undefined) {
  return paidLink(steps, outcome);
}

function payinSource(steps: Steps, outcome: string | undefined) {
  return activeSource(steps, outcome);
}

async function payinRequest(steps: Steps, outcome = 'approved') {
  const request = await steps.palomma.payinRequests.create({ payinSourceId: await activeSource(steps), amount: 80_000, reference: 'palomma-trigger' });
  await steps.control(`/payinRequests/${request.id}/complete`, { outcome });
  steps.log(`payin request ${request.id} created and completed: ${outcome}`);
  return request.id!;
}

async function payinSettlement(steps: Steps) {
  await paidLink(steps);
  const settlement = await steps.control('/merchantAccounts/default/settle');
  steps.log(`payin settlement ${settlement.id} of the default merchant account: ${settlement.totalAmountCollected} COP collected`);
  return settlement.id as string;
}

/** A control call that failed: the status and the sandbox's message. */
export class TriggerError extends Error {
  override name = 'TriggerError';
}

export interface TriggerOptions {
  eventType: TriggerEventType;
  url: string;
  controlUrl: string;
  token: string;
  outcome?: string;
  log?: (line: string) => void;
  /** How long to wait for the receivers' answers, in ms (default 15000). */
  waitMs?: number;
}

/**
 * Drives the sandbox to one `eventType` webhook and resolves with its deliveries (one per receiver URL), once
 * each has been answered or `waitMs` has passed; empty when the sandbox has no webhook URL.
 */
export async function trigger({ eventType, url, controlUrl, token, outcome, log = () => {}, waitMs = 15_000 }: TriggerOptions): Promise<Delivery[]> {
  const recipe = recipes[eventType];
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const control = async (path: string, body?: unknown) => {
    const response = await fetch(`${controlUrl}${path}`, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    const answer = (await response.json().catch(() => ({}))) as { message?: string };
    if (!response.ok) throw new TriggerError(`the control API answered ${response.status} to POST ${path}: ${answer.message ?? 'no message'}`);
    return answer;
  };
  const palomma = createPalommaClient({ token, baseUrl: url, maxRetries: 0 });
  const eventId = await recipe.run({ palomma, control, log }, outcome);

  const deadline = Date.now() + waitMs;
  for (;;) {
    const response = await fetch(`${controlUrl}/webhookDeliveries`, { headers, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new TriggerError(`the control API answered ${response.status} to GET /webhookDeliveries`);
    const { items } = (await response.json()) as { items: Delivery[] };
    const mine = items.filter((d) => d.eventType === eventType && d.eventId === eventId);
    const last = mine.at(-1)?.webhookId;
    const deliveries = mine.filter((d) => d.webhookId === last);
    if (deliveries.every((d) => d.state !== 'pending') || Date.now() >= deadline) return deliveries;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const describeDelivery = (d: Delivery) => {
  const attempt = d.attempts.at(-1);
  const answer = attempt ? (attempt.status ?? attempt.error) : 'no answer yet';
  return `${d.eventType} ${d.eventId} (webhookId ${d.webhookId}) → ${d.url}: ${d.state} (${answer})`;
};

/** Runs `palomma trigger …` with the arguments after `trigger`. */
export async function runTrigger(args: string[], env = process.env): Promise<void> {
  const [eventType, ...rest] = args;
  const { values, fail } = parseCommandLine(eventType === '--help' || eventType === '-h' ? args : rest, 'palomma trigger', usage, {
    url: { type: 'string', default: env.SANDBOX_URL ?? 'http://127.0.0.1:4020' },
    'control-url': { type: 'string', default: env.SANDBOX_CONTROL_URL ?? 'http://127.0.0.1:4021' },
    token: { type: 'string' },
    outcome: { type: 'string' },
  });
  if (eventType === undefined || eventType.startsWith('-')) return fail('name the event type to trigger');
  if (!(eventType in recipes)) return fail(`there is no webhook ${JSON.stringify(eventType)}; the six are ${triggerEventTypes.join(', ')}`);
  const recipe = recipes[eventType as TriggerEventType];
  if (values.outcome !== undefined && !(recipe.outcomes as string[]).includes(values.outcome)) {
    fail(recipe.outcomes.length ? `--outcome for ${eventType} must be one of ${recipe.outcomes.join(', ')}` : `--outcome does not apply to ${eventType}`);
  }
  const url = httpUrl('url', values.url, fail);
  const controlUrl = httpUrl('control-url', values['control-url'], fail);
  const token = values.token ?? env.PALOMMA_SANDBOX_TOKEN ?? defaultToken;
  if (token === '') fail('--token must not be empty');
  try {
    const deliveries = await trigger({
      eventType: eventType as TriggerEventType,
      url: url.href.replace(/\/$/, ''),
      controlUrl: controlUrl.href.replace(/\/$/, ''),
      token,
      outcome: values.outcome,
      log: (line) => console.log(line),
    });
    if (deliveries.length === 0) {
      console.error('palomma trigger: the sandbox has no webhook URL, so nothing was delivered; start it with --webhook-url <your receiver>');
      process.exitCode = 1;
      return;
    }
    for (const delivery of deliveries) console.log(describeDelivery(delivery));
    process.exitCode = deliveries.some((d) => d.state === 'delivered') ? 0 : 1;
  } catch (error) {
    // Never the token: the client's errors leave it out, and the control errors carry the sandbox's message only.
    const refused = error instanceof PalommaConnectionError || (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
    const text = `${(error as Error).message}${refused ? '; is a sandbox running there? (palomma sandbox, or npm start)' : ''}`;
    console.error(`palomma trigger: ${createRedactor(token).text(text)}`);
    process.exitCode = 1;
  }
}
