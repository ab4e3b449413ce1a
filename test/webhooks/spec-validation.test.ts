// verifyWebhook checks the authentic envelope against the spec: drift is reported, and rejected only on request.
import { describe, expect, it, vi } from 'vitest';
import { PalommaWebhookPayloadError, signWebhook, verifyWebhook } from '../../src/webhooks/index.js';
import { exampleEnvelope, integrityKey } from '../helpers/webhooks.js';

async function deliveryOf(envelope: object) {
  return signWebhook({ envelope: envelope as never, integrityKey });
}

const drifted = () => {
  const envelope = exampleEnvelope('payout-target.update');
  return { ...envelope, event: { ...envelope.event, status: 'suspended', createdAt: 'last tuesday' } };
};

describe('webhook spec validation', () => {
  it('passes the spec examples without a warning', async () => {
    const onWarning = vi.fn();
    const headers = await deliveryOf(exampleEnvelope('payout-request.update'));
    await expect(verifyWebhook({ headers, integrityKey, onWarning })).resolves.toEqual(exampleEnvelope('payout-request.update'));
    expect(onWarning).not.toHaveBeenCalled();
  });

  it("by default ('warn') reports drift with paths and still returns the genuine event", async () => {
    const warnings: PalommaWebhookPayloadError[] = [];
    const headers = await deliveryOf(drifted());
    const event = await verifyWebhook({ headers, integrityKey, onWarning: (w) => warnings.push(w) });
    expect(event).toEqual(drifted());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.reason).toBe('validation');
    expect(warnings[0]!.issues.map((i) => i.path)).toEqual(['event.status', 'event.createdAt']);
    expect(warnings[0]!.message).not.toContain(integrityKey);
  });

  it("'throw' rejects the drifted event; 'off' says nothing", async () => {
    const headers = await deliveryOf(drifted());
    const error = await verifyWebhook({ headers, integrityKey, validateEvent: 'throw' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaWebhookPayloadError);
    expect((error as PalommaWebhookPayloadError).issues[0]).toEqual({ path: 'event.status', message: 'must be one of "active", "cancelled"' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(verifyWebhook({ headers, integrityKey, validateEvent: 'off' })).resolves.toEqual(drifted());
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
