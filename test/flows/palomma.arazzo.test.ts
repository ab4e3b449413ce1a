// The Arazzo flows (flows/palomma.arazzo.yaml), run by Redocly Respect as `palomma flows` runs them: every
// workflow passes against the sandbox behind Prism, each webhook reaching a receiver that verifies it; against
// the static mocks (the API's and the control API's) every happy flow fails on a check of what was answered; a
// failure names the workflow, the step and the check; the token shows nowhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { startMockServer } from '../../src/node/prism/mock.js';
import { describeFailure } from '../../src/node/cli/flows-report.js';
import { flowsPath, runFlows, workflowIds, type FlowsResult } from '../../src/node/cli/flows.js';
import { startSandboxServer } from '../../src/node/sandbox/index.js';
import { integrityKey, startReceiver } from '../helpers/sandbox.js';

const token = 'flows-test-secret-token-7c2e91';
const arazzo = parse(readFileSync(flowsPath, 'utf8'));
const workflows: any[] = arazzo.workflows;
const isWebhookCheck = (step: any) => step.operationId === '$sourceDescriptions.sandbox.listWebhookDeliveries';
// A happy flow ends by checking its webhooks; the refusals of `errors` need none.
const happy = workflows.filter((w) => w.steps.some(isWebhookCheck)).map((w) => w.workflowId as string);

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let controlMock: Awaited<ReturnType<typeof startMockServer>>;
let againstSandbox: Promise<FlowsResult>;
let againstMock: Promise<FlowsResult>;
// Stops both Respect processes if the suite ends before they do.
const stop = new AbortController();

beforeAll(async () => {
  receiver = await startReceiver();
  // Both kept as soon as they start, so afterAll stops the one that did if the other did not.
  const started = await Promise.allSettled([
    startSandboxServer({ port: 0, controlPort: 0, token, integrityKey, webhookUrls: [receiver.url] }).then((s) => (sandbox = s)),
    startMockServer({ spec: join(process.cwd(), 'sandbox.yaml') }).then((m) => (controlMock = m)),
  ]);
  for (const result of started) if (result.status === 'rejected') throw result.reason;
  // Both runs at once: each is a Respect process that mostly waits on HTTP.
  const common = { token, timeoutMs: 60_000, signal: stop.signal };
  // A labelled token is a merchant of its own: every step, the control API's included, must act for it (one that
  // did not would find nothing of this merchant's to authorise, pay or list).
  againstSandbox = runFlows({ ...common, token: `${token}.flows`, api: sandbox.url, control: sandbox.controlUrl });
  againstMock = runFlows({ ...common, api: inject('prismUrl'), control: controlMock.url });
  await Promise.allSettled([againstSandbox, againstMock]);
});

afterAll(async () => {
  stop.abort();
  await Promise.allSettled([againstSandbox, againstMock]);
  await Promise.all([sandbox?.close(), controlMock?.close(), receiver?.close()]);
});

describe('the Arazzo flows against the sandbox', () => {
  it('pass, every workflow of the document and every step of each', async () => {
    const result = await againstSandbox;
    expect(result.failures.map(describeFailure)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.workflows.map((w) => w.workflowId)).toEqual(workflowIds());
    for (const workflow of result.workflows) {
      expect(workflow.steps, workflow.workflowId).toBe(workflows.find((w) => w.workflowId === workflow.workflowId).steps.length);
    }
  });

  it('had every webhook they check delivered to a receiver that verified its signature', async () => {
    await againstSandbox;
    expect(receiver.rejected).toEqual([]);
    const checked = new Set(workflows.flatMap((w) => w.steps.filter(isWebhookCheck)).map((s) => s.parameters.find((p: any) => p.name === 'eventType').value));
    expect(checked.size).toBeGreaterThanOrEqual(5);
    expect(new Set(receiver.received.map((event) => event.eventType))).toEqual(checked);
  });

  it('let the expired link\'s webhook reach the receiver once, the link cancelled with EXPIRED and nothing collected', async () => {
    await againstSandbox;
    const cancelled = receiver.received.filter((e) => e.eventType === 'payin-link.update' && e.event.status === 'cancelled');
    expect(cancelled.map((e) => [e.event.statusMessage, e.event.amount, e.event.amountCollected])).toEqual([['EXPIRED', 320000, 0]]);
    // Sent with the clock at the link's expiration (read as UTC), not at the end of the two days' jump.
    expect(cancelled[0]!.timestamp).toBe(`${cancelled[0]!.event.expiration}Z`);
  });

  it('keep the token out of what Respect prints and writes, where it masks the Authorization header itself', async () => {
    for (const result of [await againstSandbox, await againstMock]) {
      expect(result.output).not.toContain(token);
      expect(result.reportText).not.toContain(token);
      const masked = /"authorization": ?"Bearer \*{8}"/.test(result.reportText);
      expect(masked, 'the report shows the Authorization header as Respect masks it').toBe(true);
    }
  });
});

describe('the Arazzo flows against the static mocks', () => {
  it('fail, every happy flow, on a check of the state the mock cannot keep', async () => {
    const result = await againstMock;
    expect(happy.length).toBe(6);
    for (const id of happy) {
      const workflow = result.workflows.find((w) => w.workflowId === id);
      expect(workflow?.passed, id).toBe(false);
      // Not a refused connection or an unknown path: a success criterion on what was answered.
      expect(workflow!.failed.map((f) => f.check), id).toContain('success criteria check');
    }
  });

  it('name the workflow, the step and the check of each failure', async () => {
    const failures = (await againstMock).failures.map(describeFailure);
    expect(failures).toContain("payoutFlow › createPayoutTarget › success criteria check: $[?(@.status != 'active')]");
    for (const line of failures) expect(line).toMatch(/^\w+ › \w+ › [a-z -]+: \S/);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

  it('lists every workflow with its steps and the checks the document states', () => {
    const table = readme.split('<!-- flows: ')[1]?.split('<!-- /flows -->')[0] ?? '';
    const rows = [...table.matchAll(/^\| `(\w+)` \| .+ \| (\d+) \| (\d+) \|$/gm)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    const stated = (steps: any[]) => steps.reduce((n, step) => n + (step.successCriteria?.length ?? 0), 0);
    expect(rows).toEqual(workflows.map((w) => [w.workflowId, w.steps.length, stated(w.steps)]));
  });

  it('gives the number of checks a run makes, Respect\'s own included', async () => {
    const total = (await againstSandbox).workflows.reduce((n, w) => n + w.checks, 0);
    expect(Number(/\((\d+) checks\s+in all\)/.exec(readme)?.[1])).toBe(total);
  });
});

describe('the Arazzo document', () => {
  it('takes the API key as the input `token`, a password Respect masks, in every workflow', () => {
    const credentials = arazzo.components.inputs.credentials;
    expect(credentials.properties.token).toMatchObject({ type: 'string', format: 'password' });
    expect(credentials.required).toContain('token');
    for (const workflow of workflows) expect(workflow.inputs, workflow.workflowId).toEqual({ $ref: '#/components/inputs/credentials' });
  });

  it('retries a webhook check only while the delivery is pending, a bounded number of times', () => {
    const retry = arazzo.components.failureActions.deliveryPending;
    expect(retry).toMatchObject({ type: 'retry', criteria: [{ condition: "$response.body#/items/0/state == 'pending'" }] });
    expect(retry.retryLimit * retry.retryAfter).toBeLessThanOrEqual(10);
    for (const step of workflows.flatMap((w) => w.steps).filter(isWebhookCheck)) {
      expect(step.onFailure, step.stepId).toEqual([{ reference: '$components.failureActions.deliveryPending' }]);
    }
  });
});
