// Shared pieces of the sandbox tests: a webhook receiver built on verifyWebhook, a fetch that records Prism's
// verdicts, the control API with its answers checked against openapi.yaml, bounded waiting, and the request
// bodies of the flows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { verifyWebhook } from '../../src/webhooks/index.js';
import { startHttpServer } from './http-server.js';
import { componentRef, schemaErrors } from './schemas.js';

export const integrityKey = 'sandbox-test-integrity-key';

export interface Received {
  webhookId: string;
  timestamp: string;
  eventType: string;
  event: Record<string, any>;
}

/**
 * A webhook receiver on 127.0.0.1 that accepts only deliveries `verifyWebhook` accepts (spec validation on,
 * 'throw'), records them, and refuses the first `failFirst` deliveries with a 503.
 */
export async function startReceiver(options: { failFirst?: number } = {}) {
  const received: Received[] = [];
  const rejected: string[] = [];
  let toFail = options.failFirst ?? 0;
  let attempts = 0;
  const waiters = new Set<() => void>();
  const server = await startHttpServer(async (request, response) => {
    attempts++;
    if (toFail > 0) {
      toFail--;
      response.writeHead(503).end('try again');
      return;
    }
    try {
      const event = (await verifyWebhook({ headers: request.headers, integrityKey, validateEvent: 'throw' })) as unknown as Received;
      received.push(event);
      response.writeHead(200).end('ok');
    } catch (error) {
      rejected.push(String((error as Error).message));
      response.writeHead(401).end('bad signature');
    }
    for (const wake of waiters) wake();
  });
  const url = `${server.url}/webhooks/palomma`;
  return {
    url,
    received,
    rejected,
    attempts: () => attempts,
    failNext(count: number) {
      toFail = count;
    },
    /** The first received event matching `test`, waiting at most `ms`. */
    async waitFor(test: (event: Received) => boolean, ms = 5_000): Promise<Received> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = received.find(test);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching webhook within ${ms} ms; received: ${received.map((e) => `${e.eventType} ${e.event.status}`).join(', ')}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(left, 250));
          waiters.add(wake);
        });
      }
    },
    close: server.close,
  };
}

/** A fetch that keeps every `sl-violations` header and every Prism problem answer it sees. */
export function watchingFetch() {
  const violations: string[] = [];
  let calls = 0;
  const watched = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    calls++;
    const header = response.headers.get('sl-violations');
    if (header) violations.push(header);
    if (response.headers.get('content-type')?.includes('problem+json')) violations.push(`${response.status} ${await response.clone().text()}`);
    return response;
  };
  return { fetch: watched, violations, calls: () => calls };
}

export const customerBody = (n = 0) => ({
  name: 'Pepito Perez',
  documentType: 'cc' as const,
  documentNumber: String(1037551022 + n),
  email: 'pepito@gmail.com',
  phoneNumber: '3013111111',
  reference: `customer-${n}`,
});

export const bankAccount = (accountNumber = '4563789012') => ({ bank: 'santander', accountType: 'savings' as const, accountNumber });

/** operationId → the openapi.yaml schema its 200 answer is, for every control call that answers with an API object. */
export const controlAnswers = new Map<string, string>();
const controlPaths: { method: string; pattern: RegExp; operationId: string }[] = [];
for (const [template, item] of Object.entries<any>(parse(readFileSync(join(process.cwd(), 'sandbox.yaml'), 'utf8')).paths)) {
  for (const [method, operation] of Object.entries<any>(item)) {
    const ref = operation?.responses?.['200']?.content?.['application/json']?.schema?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('./openapi.yaml#/components/schemas/')) continue;
    controlAnswers.set(operation.operationId, ref.split('/').pop()!);
    controlPaths.push({ method: method.toUpperCase(), pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`), operationId: operation.operationId });
  }
}

/** The problems with a control API answer over HTTP, when it is a 200 carrying an API object; [] otherwise. */
export function controlAnswerProblems(method: string, path: string, status: number, body: unknown): string[] {
  const operationId = controlPaths.find((p) => p.method === method && p.pattern.test(path))?.operationId;
  if (status !== 200 || !operationId) return [];
  const schema = controlAnswers.get(operationId)!;
  return schemaErrors(componentRef(schema), body).map((error) => `${operationId} → ${schema}${error.instancePath}: ${error.message}`);
}

/**
 * The control client with every answer that is an API object (the object a decision changed, a new settlement)
 * checked against its openapi.yaml schema, as Prism checks the API's own answers; problems go to `problems`.
 */
export function checkedControl<Control extends object>(control: Control, problems: string[]): Control {
  return new Proxy(control, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      const schema = controlAnswers.get(String(key));
      if (typeof value !== 'function' || !schema) return value;
      return async (...args: unknown[]) => {
        const answer = await value.apply(target, args);
        for (const error of schemaErrors(componentRef(schema), answer)) problems.push(`${String(key)} → ${schema}${error.instancePath}: ${error.message}`);
        return answer;
      };
    },
  });
}

/**
 * A second past the next of Palomma's settlement cycles (11, 13, 16, 18 and 20 h UTC) after `now`: a test that
 * moves a merchant's clock there has two hours or more before a cycle settles its payins on its own.
 */
export function pastNextCycle(now: string): string {
  const at = new Date(now);
  do {
    at.setUTCHours(at.getUTCHours() + 1, 0, 0, 0);
  } while (![11, 13, 16, 18, 20].includes(at.getUTCHours()));
  return new Date(at.getTime() + 1_000).toISOString();
}
