// The control API's calls about the calling merchant itself (sandbox.yaml): its clock, its faults, redelivering
// one of its webhooks, and its state as a document.
import { advanceTarget, type Clock } from './clock.js';
import { invalid, notFound } from './errors.js';
import type { Fault, Faults } from './faults.js';
import type { MerchantState } from './state-file.js';
import type { Timeline } from './timeline.js';

export interface ControlledMerchant {
  clock: Clock;
  timeline: Timeline;
  faults: Faults;
  /** The deliveries of `webhookId` after one more attempt each, or undefined when the merchant has none by that id. */
  redeliver(webhookId: string): Promise<unknown[] | undefined>;
  snapshot(): MerchantState;
  /** Replaces the merchant's state with a document's; throws the sandbox's `invalid` naming the field. */
  load(state: unknown): void;
  /** Notes a change the state itself does not see (the clock moved with nothing due). */
  changed(): void;
}

/** The operationIds of sandbox.yaml answered here. */
export const merchantOperations = ['getClock', 'advanceClock', 'addFault', 'listFaults', 'clearFaults', 'redeliverWebhook', 'exportState', 'importState'] as const;
export type MerchantOperation = (typeof merchantOperations)[number];

export const isMerchantOperation = (operationId: string): operationId is MerchantOperation => (merchantOperations as readonly string[]).includes(operationId);

/** A control call's JSON body, undefined for an empty one. Throws `invalid` for text that is not JSON. */
export function parseJsonBody(bodyText: string | undefined): unknown {
  if (!bodyText) return undefined;
  try {
    return JSON.parse(bodyText);
  } catch {
    throw invalid('body: is not valid JSON');
  }
}

const clockBody = (clock: Clock) => ({ now: new Date(clock.now()).toISOString() });

/** Answers one of {@link merchantOperations} for `merchant`: `{ status, body }`, or a SandboxError thrown. */
export async function handleMerchantControl(
  operationId: MerchantOperation,
  merchant: ControlledMerchant,
  params: Record<string, string>,
  bodyText: string | undefined,
): Promise<{ status: number; body: unknown }> {
  const ok = (body: unknown) => ({ status: 200, body });
  switch (operationId) {
    case 'getClock':
      return ok(clockBody(merchant.clock));
    case 'advanceClock': {
      const to = advanceTarget(parseJsonBody(bodyText), merchant.clock.now());
      merchant.timeline.advanceTo(to);
      merchant.changed();
      return ok(clockBody(merchant.clock));
    }
    case 'addFault':
      return ok(merchant.faults.add(parseJsonBody(bodyText)) satisfies Fault);
    case 'listFaults':
      return ok({ items: merchant.faults.list() });
    case 'clearFaults':
      merchant.faults.clear();
      return ok({ message: 'No fault waits any more: calls are answered normally.' });
    case 'redeliverWebhook': {
      const id = params.webhookId ?? '';
      const items = await merchant.redeliver(id);
      if (!items) throw notFound(`webhookId: no delivery of this merchant has the webhookId ${JSON.stringify(id)}`);
      return ok({ items });
    }
    case 'exportState':
      return ok(merchant.snapshot());
    case 'importState': {
      merchant.load(parseJsonBody(bodyText));
      const state = merchant.snapshot();
      const counts = Object.entries(state.objects).map(([resource, rows]) => `${rows.length} ${resource}`);
      return ok({ message: `Loaded ${counts.join(', ') || 'nothing'}; the clock reads ${new Date(merchant.clock.now()).toISOString()}.` });
    }
  }
}
