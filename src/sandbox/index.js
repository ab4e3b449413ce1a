// palomma-openapi/sandbox: a stateful Palomma sandbox, in process (createSandbox) or on ports behind Prism (startSandboxServer).
import { createSandboxCore, defaultIntegrityKey, defaultToken } from './sandbox.js';
import { accountScenarios, amountScenarios } from './scenarios.js';
import { signDelivery } from './webhooks.js';

export { startSandboxServer } from './server.js';
export { defaultIntegrityKey, defaultToken, accountScenarios, amountScenarios, signDelivery };

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

/**
 * A sandbox with no port: `createPalommaClient({ token, fetch: sandbox.fetch })` runs the same state machine,
 * every answer checked against the spec's generated response validators (a violation becomes a 500 and is kept
 * in `violations`). Webhooks go to `webhookUrls` through `webhookFetch` (global fetch by default).
 */
export function createSandbox(options = {}) {
  const core = createSandboxCore({ checkResponses: true, ...options });
  const send = async (method, path, bodyText) => {
    const result = core.handleControl({ method, url: `http://sandbox.palomma.invalid${path}`, bodyText });
    return { status: result.status, body: result.body };
  };
  return {
    token: options.token ?? defaultToken,
    fetch: core.fetch,
    control: {
      ...controlClient(send, core.controlRoutes),
      /** The control API and the customer's pages as a fetch function. */
      fetch: core.controlFetch,
      /** Resolves once every webhook delivery has been answered or given up. */
      webhooksSettled: () => core.webhooks.idle(),
    },
    violations: core.violations,
    close: () => core.close(),
  };
}
