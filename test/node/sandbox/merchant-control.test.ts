// The control calls about the calling merchant: clock, faults, redelivery, state; each refusal a SandboxError
// naming the field (control.js turns it into 400, 404 or 409).
import { describe, expect, it } from 'vitest';
import { createClock } from '../../../src/node/sandbox/clock.js';
import { createFaults } from '../../../src/node/sandbox/faults.js';
import { handleMerchantControl, isMerchantOperation, parseJsonBody, type ControlledMerchant } from '../../../src/node/sandbox/merchant-control.js';
import type { MerchantState } from '../../../src/node/sandbox/state-file.js';
import { createTimeline } from '../../../src/node/sandbox/timeline.js';

function fakeMerchant() {
  const real = Date.parse('2025-03-01T10:00:00Z');
  const clock = createClock({ realNow: () => real });
  const timeline = createTimeline({ clock, setTimer: () => ({}), clearTimer: () => {} });
  let loaded: unknown;
  let changes = 0;
  const merchant: ControlledMerchant = {
    clock,
    timeline,
    faults: createFaults(new Map([['createCustomer', new Set([200, 400, 401, 500])]])),
    redeliver: async (id) => (id === 'W1' ? [{ webhookId: 'W1', state: 'delivered' }] : undefined),
    snapshot: (): MerchantState => ({ format: 'palomma-sandbox-state', version: 1, now: new Date(clock.now()).toISOString(), objects: { customers: [{ id: 'C1' }] } }),
    load: (value) => void (loaded = value),
    changed: () => void changes++,
  };
  return { merchant, loaded: () => loaded, changes: () => changes };
}

describe('handleMerchantControl', () => {
  it('reads and advances the clock, running what falls due on the way', async () => {
    const { merchant, changes } = fakeMerchant();
    const ran: string[] = [];
    merchant.timeline.at(Date.parse('2025-03-02T10:00:00Z'), () => ran.push(new Date(merchant.clock.now()).toISOString()));
    expect(await handleMerchantControl('getClock', merchant, {}, undefined)).toEqual({ status: 200, body: { now: '2025-03-01T10:00:00.000Z' } });
    expect(await handleMerchantControl('advanceClock', merchant, {}, '{"seconds":172800}')).toEqual({ status: 200, body: { now: '2025-03-03T10:00:00.000Z' } });
    expect(ran).toEqual(['2025-03-02T10:00:00.000Z']);
    expect(changes()).toBe(1);
    await expect(handleMerchantControl('advanceClock', merchant, {}, '')).rejects.toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^body: must be a JSON object/) });
    await expect(handleMerchantControl('advanceClock', merchant, {}, '{"to":"2025-03-01T00:00:00Z"}')).rejects.toMatchObject({ kind: 'conflict' });
    await expect(handleMerchantControl('advanceClock', merchant, {}, '{seconds')).rejects.toMatchObject({ kind: 'invalid', message: 'body: is not valid JSON' });
  });

  it('adds, lists and clears faults', async () => {
    const { merchant } = fakeMerchant();
    expect((await handleMerchantControl('addFault', merchant, {}, '{"operationId":"createCustomer","status":500}')).body).toEqual({ operationId: 'createCustomer', status: 500, times: 1, delayMs: 0 });
    expect((await handleMerchantControl('listFaults', merchant, {}, undefined)).body).toEqual({ items: [expect.objectContaining({ status: 500 })] });
    expect((await handleMerchantControl('clearFaults', merchant, {}, undefined)).body).toEqual({ message: expect.stringMatching(/^No fault waits/) });
    expect(merchant.faults.list()).toEqual([]);
  });

  it('redelivers a known webhookId and answers 404 for another', async () => {
    const { merchant } = fakeMerchant();
    expect((await handleMerchantControl('redeliverWebhook', merchant, { webhookId: 'W1' }, undefined)).body).toEqual({ items: [{ webhookId: 'W1', state: 'delivered' }] });
    await expect(handleMerchantControl('redeliverWebhook', merchant, { webhookId: 'W2' }, undefined)).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(/^webhookId: no delivery of this merchant has the webhookId "W2"/) });
  });

  it('exports the state and loads one, saying what it loaded', async () => {
    const { merchant, loaded } = fakeMerchant();
    expect((await handleMerchantControl('exportState', merchant, {}, undefined)).body).toMatchObject({ format: 'palomma-sandbox-state', objects: { customers: [{ id: 'C1' }] } });
    const answer = await handleMerchantControl('importState', merchant, {}, '{"format":"x"}');
    expect(loaded()).toEqual({ format: 'x' });
    expect(answer.body).toEqual({ message: 'Loaded 1 customers; the clock reads 2025-03-01T10:00:00.000Z.' });
  });

  it('knows its operations; an empty body is no body', () => {
    expect(isMerchantOperation('advanceClock')).toBe(true);
    expect(isMerchantOperation('payPayinLink')).toBe(false);
    expect(parseJsonBody('')).toBeUndefined();
    expect(parseJsonBody('{"a":1}')).toEqual({ a: 1 });
  });
});
