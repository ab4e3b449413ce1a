// The control API (sandbox.yaml) as methods, over any transport: in process or HTTP.
import type { WebhookDelivery } from './webhooks.js';
import type { SandboxControl } from './types.js';

/** A control call the sandbox refused: 400 (bad input), 404 (unknown id) or 409 (not allowed in its state). */
export class SandboxControlError extends Error {
  /** `'SandboxControlError'`, for logs and `instanceof`-free checks. */
  override name = 'SandboxControlError';
  /** 400 (bad input), 404 (unknown id) or 409 (not allowed in the object's state). */
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Sends one control request (method, path, JSON body text) and resolves with the status and the parsed body. */
export type ControlSend = (method: string, path: string, bodyText?: string) => Promise<{ status: number; body: unknown }>;

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
 * The control API as methods over any transport (used by createSandbox; handy over HTTP too). Each resolves with
 * the updated object, or rejects with a SandboxControlError.
 */
export function controlClient(send: ControlSend, routes: readonly ControlRoute[]): SandboxControl {
  const call = async (operationId: string, params: Record<string, string> = {}, body?: unknown): Promise<unknown> => {
    const route = routes.find((r) => r.operationId === operationId);
    if (!route) throw new Error(`the control API has no operation ${operationId}`);
    const path = route.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
    const { status, body: answer } = await send(route.method, path, body === undefined ? undefined : JSON.stringify(body));
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
    reset: async () => void (await call('resetSandbox')),
  };
}
