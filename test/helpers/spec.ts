// Reads openapi.yaml and its examples, so tests compare against the spec instead of hard-coded copies.
import { readSpec } from '../../codegen/spec-file.mjs';
import type { CreatePayoutTargetBody, PayoutTarget } from '../../src/client/index.js';

export const spec = readSpec();

const operation = spec.paths['/payoutTargets'].post;

/** The request example from the spec (a fresh copy each call). */
export function exampleCreateBody(): CreatePayoutTargetBody {
  return structuredClone(operation.requestBody.content['application/json'].examples.bankAccount.value);
}

/** The `active` 200 example from the spec. */
export function examplePayoutTarget(): PayoutTarget {
  return structuredClone(operation.responses['200'].content['application/json'].examples.active.value);
}

export function serverUrl(environment: string): string {
  return spec.servers.find((s: { 'x-environment': string }) => s['x-environment'] === environment).url;
}
