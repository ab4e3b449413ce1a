// The control API (sandbox.yaml) as methods, over any transport: in process or HTTP.

/** A control call the sandbox refused: 400 (bad input), 404 (unknown id) or 409 (not allowed in its state). */
export class SandboxControlError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'SandboxControlError';
    this.status = status;
  }
}

/**
 * The control API as methods, over any function that answers control requests (in process or over HTTP).
 * Each resolves with the updated object, or rejects with a SandboxControlError.
 */
export function controlClient(send, routes) {
  const call = async (operationId, params = {}, body) => {
    const route = routes.find((r) => r.operationId === operationId);
    const path = route.template.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params[name]));
    const { status, body: answer } = await send(route.method, path, body === undefined ? undefined : JSON.stringify(body));
    if (status < 200 || status > 299) throw new SandboxControlError(status, answer?.message ?? `control API answered ${status}`);
    return answer;
  };
  return {
    authorizePayoutTarget: (payoutTargetId, body) => call('authorizePayoutTarget', { payoutTargetId }, body),
    authorizePayinSource: (payinSourceId, body) => call('authorizePayinSource', { payinSourceId }, body),
    payPayinLink: (payinLinkId, body) => call('payPayinLink', { payinLinkId }, body),
    completePayoutRequest: (payoutRequestId, body) => call('completePayoutRequest', { payoutRequestId }, body),
    completePayinRequest: (payinRequestId, body) => call('completePayinRequest', { payinRequestId }, body),
    settleMerchantAccount: (merchantAccountId) => call('settleMerchantAccount', { merchantAccountId }),
    webhookDeliveries: async () => (await call('listWebhookDeliveries')).items,
    reset: async () => void (await call('resetSandbox')),
  };
}

