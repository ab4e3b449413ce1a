// An operation added to the spec that is not create, list or retrieve (cancelPayoutTarget) becomes a method of the
// client (payoutTargets.cancel) but has nothing behind it in the sandbox: the sandbox says so, naming it, instead
// of answering as if it had failed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox, startSandboxServer } from '../../../src/node/sandbox/index.js';

const spec = parse(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8'));
const retrieve = spec.paths['/payoutTargets/{payoutTargetId}'].get;
spec.paths['/payoutTargets/{payoutTargetId}/cancel'] = {
  post: {
    operationId: 'cancelPayoutTarget',
    tags: ['Payout Targets'],
    summary: 'Cancel a payout target',
    description: 'A made-up operation, added only by this test.',
    parameters: retrieve.parameters,
    responses: { '200': retrieve.responses['200'], '401': retrieve.responses['401'] },
  },
};
const message =
  'the sandbox does not implement cancelPayoutTarget (POST /payoutTargets/{payoutTargetId}/cancel): it answers create, list and retrieve operations (palomma.payoutTargets.cancel() is generated all the same)';
const scratch = join(process.cwd(), '.scratch', `unimplemented-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an operation the sandbox does not implement', () => {
  it('in process: 501 { message } naming the operation and the method the client has for it', async () => {
    const sandbox = createSandbox({ spec });
    try {
      const answer = await sandbox.fetch('https://sandbox.api.palomma.com/v0/payoutTargets/01HPR8S7YF43PV3QV16TZDC80P/cancel', {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox.token}` },
      });
      expect(answer.status).toBe(501);
      expect(await answer.json()).toEqual({ message });
      expect(sandbox.violations).toEqual([]);
    } finally {
      sandbox.close();
    }
  });

  it("behind Prism: the same message with a 500, since Prism's proxy answers a 501 with its own mock", async () => {
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, 'openapi.yaml'), stringify(spec));
    const server = await startSandboxServer({ spec: join(scratch, 'openapi.yaml'), port: 0, controlPort: 0 });
    try {
      const answer = await fetch(`${server.url}/payoutTargets/01HPR8S7YF43PV3QV16TZDC80P/cancel`, {
        method: 'POST',
        headers: { authorization: 'Bearer palomma-sandbox-token' },
      });
      expect(answer.status).toBe(500);
      expect(await answer.json()).toEqual({ message });
    } finally {
      await server.close();
    }
  }, 60_000);
});
