// Sends the spec's example requests through a Prism validating proxy (`prism proxy --errors`) to --upstream and reports every contract violation.
import { writeFileSync } from 'node:fs';
import { createRedactor } from '../../client/internal/redact.js';
import { isLoopbackHost, startPrismProxy, type MockServer } from '../prism/mock.js';
import { specPath } from '../package-files.js';
import { readSpec } from '../spec-file.js';
import { httpUrl, parseCommandLine } from './args.js';
import { exampleCalls, findings, formatReport, upstreamStatusPattern, type CallResult } from './contract-check.js';
import { upstreamRefusal } from './upstream.js';

const usage = `Usage: palomma proxy --upstream <url> [--only <operationId,...>] [--json <file>] [--port <n>]

  Starts \`prism proxy openapi.yaml <upstream> --errors\` on 127.0.0.1, sends one request per example in the spec
  through it, and lists every violation Prism finds in the exchanges. Exit code: 0 none, 1 violations (or
  exchanges Prism could not check), 2 usage errors. The API key comes from PALOMMA_TOKEN (required for an
  upstream that is not on this machine); it is sent upstream and never printed, and never over plain http to
  another machine. Production is refused (prod.api.palomma.com and api.palomma.com): the example calls would
  create real customers, targets and payouts.`;

/** Runs the command with its arguments (after the command name). */
export async function runProxy(args: string[]): Promise<void> {
  const { values, fail } = parseCommandLine(args, 'palomma proxy', usage, {
    upstream: { type: 'string' },
    spec: { type: 'string', default: specPath },
    only: { type: 'string' },
    json: { type: 'string' },
    port: { type: 'string', default: '0' },
  });
  const upstream = httpUrl('upstream', values.upstream, fail);
  if (upstream.username || upstream.password) fail('--upstream must not carry credentials; use PALOMMA_TOKEN');

  const spec = readSpec(values.spec);
  // Every production host Palomma names (however spelled), and plain http to another machine, are refused.
  const refusal = upstreamRefusal(upstream, spec as Parameters<typeof upstreamRefusal>[1]);
  if (refusal) fail(refusal);
  const loopback = isLoopbackHost(upstream.hostname);
  const token = process.env.PALOMMA_TOKEN || (loopback ? 'contract-proxy-test-token' : undefined);
  if (!token) return fail(`PALOMMA_TOKEN is required for an upstream that is not on this machine (${upstream.host})`);
  // The caller's token is masked as the client masks it (raw, JSON-escaped, URL-encoded); the stand-in is public.
  const redactor = process.env.PALOMMA_TOKEN ? createRedactor(process.env.PALOMMA_TOKEN) : undefined;
  const redact = (text: string) => redactor?.text(text) ?? text;

  let calls = exampleCalls(spec);
  if (values.only) {
    const wanted = new Set(values.only.split(',').map((s) => s.trim()).filter(Boolean));
    const unknown = [...wanted].filter((id) => !calls.some((c) => c.operationId === id));
    if (unknown.length) fail(`--only names operations the spec does not have: ${unknown.join(', ')}`);
    calls = calls.filter((c) => wanted.has(c.operationId));
  }
  const incomplete = calls.filter((c) => c.missing.length);
  if (incomplete.length) {
    fail(`these operations lack examples for required parameters: ${incomplete.map((c) => `${c.operationId} (${c.missing.join(', ')})`).join('; ')}`);
  }

  // The upstream's own status, from Prism's log (the proxy answers 500 itself when a response breaks the spec).
  // The log is scanned for that line only and never printed: it also shows the requests.
  let upstreamStatuses: number[] = [];
  const started = performance.now();
  let proxy: MockServer;
  try {
    proxy = await startPrismProxy({
      upstream,
      spec: values.spec,
      port: Number(values.port),
      onLog: (text) => {
        for (const match of text.matchAll(upstreamStatusPattern)) upstreamStatuses.push(Number(match[1]));
      },
    });
  } catch (error) {
    console.error(`palomma proxy: could not start Prism: ${redact(error instanceof Error ? error.message : String(error))}`);
    process.exit(2);
  }

  const results: CallResult[] = [];
  try {
    // One call at a time, so each of Prism's log lines belongs to the call in flight.
    for (const call of calls) {
      upstreamStatuses = [];
      let response: Response;
      let text = '';
      try {
        response = await fetch(`${proxy.url}${call.path}`, {
          method: call.method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          signal: AbortSignal.timeout(60_000),
        });
        text = await response.text();
      } catch (error) {
        results.push({ call, status: 0, violations: [], error: `no answer from the proxy: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 25)); // let Prism's log line for this call arrive
      const found = findings(response.status, response.headers, text);
      results.push({ call, status: response.status, upstreamStatus: upstreamStatuses.at(-1), ...found });
    }
  } finally {
    await proxy.close();
  }

  const report = formatReport({ upstream: upstream.href, results });
  console.log(redact(report.text));
  console.error(`(${calls.length} calls in ${Math.round(performance.now() - started)} ms)`);
  if (values.json) {
    const json = {
      upstream: upstream.href,
      violations: report.total,
      unchecked: report.errors,
      results: results.map(({ call, ...rest }) => ({ operationId: call.operationId, method: call.method, path: call.path, example: call.example, ...rest })),
    };
    writeFileSync(values.json, `${JSON.stringify(redactor ? redactor.body(json) : json, null, 2)}\n`);
  }
  process.exit(report.total > 0 || report.errors > 0 ? 1 : 0);
}
