import { importBundled } from '../bundle.mjs';
import { median } from '../measure.mjs';
import { payoutFlow, startBenchReceiver, webhookWaiters } from '../payout-flow.mjs';
import { num, pad } from '../print.mjs';

// h) The sandbox: a whole payout flow (customer, target, authorise, webhook received, payout, approved webhook
// received) in process, over loopback straight to the sandbox, and through Prism's validating proxy; then 50 at once.
export async function sandboxSection() {
  const { createPalommaClient } = await importBundled('src/client/index.ts');
  const { verifyWebhook } = await importBundled('src/webhooks/index.ts');
  const { createSandbox, startSandboxServer } = await import('../../../src/node/sandbox/index.js');
  const integrityKey = 'bench-integrity-key';
  const timeFlows = async (context, count) => {
    const times = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await payoutFlow(context, i);
      times.push(performance.now() - start);
    }
    return median(times);
  };

  // In process: webhooks go straight to verifyWebhook, control calls straight to the sandbox.
  const inProcessWaiters = webhookWaiters();
  const sandbox = createSandbox({
    integrityKey,
    webhookUrls: ['http://receiver.invalid/webhooks'],
    webhookFetch: async (_url, init) => {
      inProcessWaiters.deliver((await verifyWebhook({ headers: init.headers, integrityKey, validateEvent: 'throw' })).event);
      return new Response(null, { status: 200 });
    },
  });
  const inProcess = {
    palomma: createPalommaClient({ token: sandbox.token, fetch: sandbox.fetch }),
    control: (operation, id, body) => sandbox.control[operation](id, body),
    waiters: inProcessWaiters,
  };
  await timeFlows(inProcess, 50); // warm-up
  const inProcessMs = await timeFlows(inProcess, 200);
  sandbox.close();

  // Over loopback: the client calls the API port (the guard front, then Prism's validating proxy, then the sandbox,
  // whose own port answers only its Prism), so the in-process flow above is the baseline.
  const waiters = webhookWaiters();
  const receiver = await startBenchReceiver({ verifyWebhook, integrityKey, waiters });
  const server = await startSandboxServer({ port: 0, controlPort: 0, integrityKey, webhookUrls: [receiver.url] });
  const violations = [];
  const watched = async (input, init) => {
    const response = await fetch(input, init);
    const header = response.headers.get('sl-violations');
    if (header || response.headers.get('content-type')?.includes('problem+json')) violations.push(header ?? response.status);
    return response;
  };
  const paths = { authorizePayoutTarget: 'payoutTargets/%/authorize', completePayoutRequest: 'payoutRequests/%/complete' };
  const control = async (operation, id, body) => {
    const response = await fetch(`${server.controlUrl}/${paths[operation].replace('%', id)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`control ${operation}: ${response.status}`);
  };
  const over = (baseUrl) => ({ palomma: createPalommaClient({ token: 'palomma-sandbox-token', baseUrl, fetch: watched }), control, waiters });
  try {
    await timeFlows(over(server.url), 10); // warm-up, Prism included
    const prismMs = await timeFlows(over(server.url), 30);
    const start = performance.now();
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => payoutFlow(over(server.url), 1_000 + i)));
    const concurrentMs = performance.now() - start;
    const errors = results.filter((r) => r.status === 'rejected').length;
    console.log('\nh) Sandbox: one payout flow (customer, target, authorise, webhook received, payout, approved webhook received)');
    console.log(`  ${pad('in process (median of 200; baseline)', 44)}${num(inProcessMs)} ms   goal ≤ 5 ms`);
    console.log(`  ${pad('loopback, front and Prism (median of 30)', 44)}${num(prismMs)} ms   ${(prismMs / inProcessMs).toFixed(1)}× in process; goal ≤ 150 ms`);
    console.log(`  ${pad('50 flows at once, through Prism', 44)}${num(concurrentMs / 1000)} s    ${errors} errors, ${violations.length} violations, ${receiver.rejected()} bad signatures; goal ≤ 10 s, 0, 0`);
  } finally {
    await server.close();
    await receiver.close();
  }
}
