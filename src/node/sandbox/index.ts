// palomma-openapi/sandbox: a stateful Palomma sandbox, in process (createSandbox) or on ports behind Prism (startSandboxServer).
import { controlClient, merchantControls, SandboxControlError, type ControlRoute, type ControlSend } from './control-client.js';
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
  SandboxClock,
  SandboxControl,
  SandboxFault,
  SandboxFaultRequest,
  SandboxFetch,
  SandboxMerchant,
  SandboxMerchantControl,
  SandboxMerchantState,
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
 * in `violations`). Webhooks go to `webhookUrls` through `webhookFetch` (global fetch by default). Each token the
 * sandbox takes is a merchant of its own; `sandbox.merchant(token)` drives one.
 */
export function createSandbox(options: CreateSandboxOptions = {}): Sandbox {
  const core = createSandboxCore({ checkResponses: true, ...options });
  const token = options.token ?? defaultToken;
  const send: ControlSend = async (method, path, bodyText, as) => {
    const authorization = as === undefined ? undefined : `Bearer ${as}`;
    const result = await core.handleControl({ method, url: `http://sandbox.palomma.invalid${path}`, authorization, bodyText });
    // A copy, as over HTTP: what the caller does with it cannot reach the sandbox's state.
    return { status: result.status, body: JSON.parse(JSON.stringify(result.body)) as unknown };
  };
  const controls = merchantControls({ send, routes: core.controlRoutes, token, idle: core.webhooksIdle });
  return {
    token,
    fetch: core.fetch,
    control: { ...controls.control, fetch: core.controlFetch },
    merchant: controls.merchant,
    violations: core.violations,
    close: () => core.close(),
  };
}
