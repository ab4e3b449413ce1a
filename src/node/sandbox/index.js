// palomma-openapi/sandbox: a stateful Palomma sandbox, in process (createSandbox) or on ports behind Prism (startSandboxServer).
import { createSandboxCore, defaultIntegrityKey, defaultToken } from './sandbox.js';
import { accountScenarios, amountScenarios } from './scenarios.js';
import { controlClient, SandboxControlError } from './control-client.js';
import { signDelivery } from './webhooks.js';

export { startSandboxServer } from './server.js';
export { defaultIntegrityKey, defaultToken, accountScenarios, amountScenarios, signDelivery, controlClient, SandboxControlError };

/**
 * A sandbox with no port: `createPalommaClient({ token, fetch: sandbox.fetch })` runs the same state machine,
 * every answer checked against the spec's generated response validators (a violation becomes a 500 and is kept
 * in `violations`). Webhooks go to `webhookUrls` through `webhookFetch` (global fetch by default).
 */
export function createSandbox(options = {}) {
  const core = createSandboxCore({ checkResponses: true, ...options });
  const send = async (method, path, bodyText) => {
    const result = core.handleControl({ method, url: `http://sandbox.palomma.invalid${path}`, bodyText });
    // A copy, as over HTTP: what the caller does with it cannot reach the sandbox's state.
    return { status: result.status, body: JSON.parse(JSON.stringify(result.body)) };
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
