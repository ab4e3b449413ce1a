// The control API (sandbox.yaml) as methods, over any transport (in process or HTTP), for one merchant.
import { merchantLabel } from './merchants.js';
import type { WebhookDelivery } from './webhooks.js';
import type { SandboxClock, SandboxControl, SandboxFault, SandboxMerchant, SandboxMerchantControl, SandboxMerchantState } from './types.js';

/** A control call the sandbox refused: 400 (bad input), 401 (not a token of this sandbox), 404 (unknown id) or 409 (not allowed in its state). */
export class SandboxControlError extends Error {
  /** `'SandboxControlError'`, for logs and `instanceof`-free checks. */
  override name = 'SandboxControlError';
  /** 400 (bad input), 401 (not a token of this sandbox), 404 (unknown id) or 409 (not allowed in the object's state). */
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * Sends one control request (method, path, JSON body text) for the merchant `token` names (none: the base
 * token's) and resolves with the status and the parsed body.
 */
export type ControlSend = (method: string, path: string, bodyText?: string, token?: string) => Promise<{ status: number; body: unknown }>;

/** A control operation as sandbox.yaml routes it. */
export interface ControlRoute {
  /** sandbox.yaml's operationId: `authorizePayoutTarget`, … */
  operationId: string;
  /** Upper case: `POST`. */
  method: string;
  /** The path as sandbox.yaml writes it: `/payoutTargets/{payoutTargetId}/authorize`. */
  template: string;
}

/**
 * The control API as methods over any transport (used by createSandbox; handy over HTTP too), for the merchant
 * `token` names (none: the base token's). Each resolves with the answer, or rejects with a SandboxControlError.
 */
export function controlClient(send: ControlSend, routes: readonly ControlRoute[], token?: string): SandboxControl {
  const call = async (operationId: string, params: Record<string, string> = {}, body?: unknown): Promise<unknown> => {
    const route = routes.find((r) => r.operationId === operationId);
    if (!route) throw new Error(`the control API has no operation ${operationId}`);
    const path = route.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
    const { status, body: answer } = await send(route.method, path, body === undefined ? undefined : JSON.stringify(body), token);
    if (status < 200 || status > 299) {
      const message = (answer as { message?: unknown } | null)?.message;
      throw new SandboxControlError(status, typeof message === 'string' ? message : `control API answered ${status}`);
    }
    return answer;
  };
  // The control API answers with the objects as the Palomma API shows them (sandbox.yaml refers to openapi.yaml's schemas).
  const object = <T>(operationId: string, params?: Record<string, string>, body?: unknown) => call(operationId, params, body) as Promise<T>;
  return {
    authorizePayoutTarget: (payoutTargetId, body) => object('authorizePayoutTarget', { payoutTargetId }, body),
    authorizePayinSource: (payinSourceId, body) => object('authorizePayinSource', { payinSourceId }, body),
    payPayinLink: (payinLinkId, body) => object('payPayinLink', { payinLinkId }, body),
    completePayoutRequest: (payoutRequestId, body) => object('completePayoutRequest', { payoutRequestId }, body),
    completePayinRequest: (payinRequestId, body) => object('completePayinRequest', { payinRequestId }, body),
    settleMerchantAccount: (merchantAccountId) => object('settleMerchantAccount', { merchantAccountId }),
    webhookDeliveries: async () => (await object<{ items: WebhookDelivery[] }>('listWebhookDeliveries')).items,
    redeliverWebhook: async (webhookId) => (await object<{ items: WebhookDelivery[] }>('redeliverWebhook', { webhookId })).items,
    clock: () => object<SandboxClock>('getClock'),
    advanceClock: (by) => object<SandboxClock>('advanceClock', {}, by),
    addFault: (fault) => object<SandboxFault>('addFault', {}, fault),
    faults: async () => (await object<{ items: SandboxFault[] }>('listFaults')).items,
    clearFaults: async () => void (await call('clearFaults')),
    exportState: () => object<SandboxMerchantState>('exportState'),
    importState: async (state) => void (await call('importState', {}, state)),
    reset: async () => void (await call('resetSandbox')),
  };
}

/**
 * A sandbox's control API as it is handed out: `control` for the base token's merchant, `merchant(token)` for
 * any merchant (a TypeError for a token the sandbox does not take). `idle(label)` resolves once that merchant's
 * deliveries are answered or given up on.
 */
export function merchantControls({ send, routes, token, idle }: { send: ControlSend; routes: readonly ControlRoute[]; token: string; idle: (label: string) => Promise<void> }): {
  control: SandboxMerchantControl;
  merchant(token: string): SandboxMerchant;
} {
  const controlFor = (as: string | undefined, label: string): SandboxMerchantControl => ({ ...controlClient(send, routes, as), webhooksSettled: () => idle(label) });
  return {
    control: controlFor(undefined, ''),
    merchant(merchantToken) {
      const label = merchantLabel(token, `Bearer ${merchantToken}`);
      if (label === undefined) throw new TypeError('token: is not a token of this sandbox (its token, or its token, a "." and a label of letters, digits, - or _)');
      return { token: merchantToken, control: controlFor(merchantToken, label) };
    },
  };
}
