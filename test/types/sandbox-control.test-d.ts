import { describe, expectTypeOf, it } from 'vitest';
import type { PayinLink, PayinRequest, PayinSettlement, PayinSource, PayoutRequest, PayoutTarget } from '../../src/client/index.js';
import { createSandbox, startSandboxServer, type SandboxControl } from '../../src/node/sandbox/index.js';

describe('sandbox control types', () => {
  it('each control call resolves with the API object it decided, typed as the client types it', () => {
    expectTypeOf<SandboxControl['authorizePayoutTarget']>().returns.resolves.toEqualTypeOf<PayoutTarget>();
    expectTypeOf<SandboxControl['authorizePayinSource']>().returns.resolves.toEqualTypeOf<PayinSource>();
    expectTypeOf<SandboxControl['payPayinLink']>().returns.resolves.toEqualTypeOf<PayinLink>();
    expectTypeOf<SandboxControl['completePayoutRequest']>().returns.resolves.toEqualTypeOf<PayoutRequest>();
    expectTypeOf<SandboxControl['completePayinRequest']>().returns.resolves.toEqualTypeOf<PayinRequest>();
    expectTypeOf<SandboxControl['settleMerchantAccount']>().returns.resolves.toEqualTypeOf<PayinSettlement>();
    expectTypeOf(startSandboxServer).returns.resolves.toHaveProperty('control').toMatchTypeOf<SandboxControl>();
  });

  it('createSandbox takes what it uses: a parsed spec, request checks, where pages are linked from', () => {
    createSandbox({ spec: { openapi: '3.1.0', paths: {} }, checkRequests: false, checkResponses: false, pagesUrl: () => 'http://127.0.0.1:1/pages' });
    // @ts-expect-error a status message is one of the spec's StatusMessage values
    createSandbox().control.authorizePayoutTarget('id', { outcome: 'cancelled', statusMessage: 'BECAUSE' });
    // @ts-expect-error the server runs Prism on the spec's file, so it takes a path or URL, not a parsed document
    void startSandboxServer({ spec: { openapi: '3.1.0' } });
  });
});
