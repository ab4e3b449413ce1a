// Runs Prism on the bundled openapi.yaml, as a mock (`startMockServer`) or a validating proxy (`startPrismProxy`), on loopback.
// Prism sits behind the guard front (front.ts), which owns the public port, and is restarted when it dies
// (supervise.ts). The Prism CLI (@stoplight/prism-cli) is an optional peer dependency.
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { specPath } from '../package-files.js';
import { mockBehindFront, proxyBehindFront } from './behind-front.js';
import type { RestartOptions, SupervisedEvents, SupervisorEvent, SupervisorEventType, SupervisorListener } from './events.js';
import { freePort, prismCliPath, prismVersion } from './process.js';
import type { MockServer, MockServerOptions, PrismOptions, PrismProxyOptions } from './types.js';

export { freePort, isLoopbackHost, prismCliPath, prismVersion };
export type { MockServer, MockServerOptions, PrismOptions, PrismProxyOptions, RestartOptions, SupervisedEvents, SupervisorEvent, SupervisorEventType, SupervisorListener };

/** Absolute path of the openapi.yaml this package ships (at the package root, found from src/ or dist/). */
export const defaultSpecPath: string = specPath;

/**
 * Starts a Prism mock of the Palomma API and resolves once it listens. It answers with the spec's
 * examples (or generated data with `dynamic`, or per request with `Prefer: dynamic=true`), picks a
 * documented status with `Prefer: code=401`, and rejects requests that break the spec (its 400/401 answers
 * and an `sl-violations` header). Listens on 127.0.0.1 and a free port unless told otherwise.
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  return mockBehindFront(options);
}

/**
 * Starts `prism proxy` in front of `upstream`, checking every request and response against the spec: with
 * `errors` (the default) a request that breaks it gets a 422 without reaching upstream, and a response that
 * breaks it a 500 problem+json listing the violations. Violations are also in `sl-violations`.
 */
export function startPrismProxy(options: PrismProxyOptions): Promise<MockServer> {
  return proxyBehindFront(options);
}

