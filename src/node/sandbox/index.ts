// palomma-openapi/sandbox: a stateful Palomma sandbox, in process (createSandbox) or on ports behind Prism (startSandboxServer).
import { controlClient, SandboxControlError, type ControlRoute, type ControlSend } from './control-client.js';
import { createSandboxCore, defaultIntegrityKey, defaultToken } from './sandbox.js';
import { accountScenarios, amountScenarios, type Scenario } from './scenarios.js';
import type { CreateSandboxOptions, Sandbox } from './types.js';
import { signDelivery, type SignedDelivery } from './webhooks.js';

export { startSandboxServer } from './server.js';
export { defaultIntegrityKey, defaultToken, accountScenarios, amountScenarios, signDelivery, controlClient, SandboxControlError };
export type { ControlRoute, ControlSend, Scenario, SignedDelivery };
export type {
  AuthorizeOutcome,
  CreateSandboxOptions,
  PayinRequestOutcome,
  PaymentOutcome,
  PrismChild,
  RestartOptions,
  Sandbox,
  SandboxControl,
  SandboxFetch,
  SandboxOptions,
  SandboxServer,
  SandboxServerOptions,
  SandboxViolation,
  SpecSource,
  SupervisedEvents,
  SupervisorEvent,
  SupervisorEventType,
  SupervisorListener,
  WebhookDelivery,
  WebhookFetch,
} from './types.js';

/**
 * A sandbox with no port: `createPalommaClient({ token, fetch: sandbox.fetch })` runs the same state machine,
 * every answer checked against the spec's generated response validators (a violation becomes a 500 and is kept
 * in `violations`). Webhooks go to `webhookUrls` through `webhookFetch` (global fetch by default).
 */
export function createSandbox(options: CreateSandboxOptions = {}): Sandbox {
  const core = createSandboxCore({ checkResponses: true, ...options });
  const send: ControlSend = async (method, path, bodyText) => {
    const result = core.handleControl({ method, url: `http://sandbox.palomma.invalid${path}`, bodyText });
    // A copy, as over HTTP: what the caller does with it cannot reach the sandbox's state.
    return { status: result.status, body: JSON.parse(JSON.stringify(result.body)) as unknown };
  };
  return {
    token: options.token ?? defaultToken,
    fetch: core.fetch,
    control: {
      ...controlClient(send, core.controlRoutes),
      fetch: core.controlFetch,
      webhooksSettled: () => core.webhooks.idle(),
    },
    violations: core.violations,
    close: () => core.close(),
  };
}
