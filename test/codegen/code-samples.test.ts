// The docs samples are derived from the spec for every operation and webhook, call the generated methods, and
// compile; those sending a date Palomma judges against today compute it, and run against the sandbox.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sampleColumns, withCodeSamples } from '../../codegen/code-samples.mjs';
import { describeOperations } from '../../src/spec/operations.js';
import { relativeDateFields } from '../../src/spec/example-dates.js';
import { createSandbox } from '../../src/node/sandbox/index.js';
import { customerBody } from '../helpers/sandbox.js';
import { scratchDir, typeCheckSnippets } from '../helpers/snippets.js';
import { spec } from '../helpers/spec.js';

const documented = withCodeSamples(spec);
const operations = describeOperations(spec);

// Inside the project, so the sandbox run's imports resolve node_modules.
const scratch = scratchDir('samples');
afterAll(() => scratch.remove());
const samplesOf = (op: { path: string; httpMethod: string }) =>
  documented.paths[op.path][op.httpMethod.toLowerCase()]['x-codeSamples'] as { lang: string; source: string }[];

describe('docs samples', () => {
  it('leave openapi.yaml itself untouched', () => {
    for (const op of operations) expect(spec.paths[op.path][op.httpMethod.toLowerCase()]['x-codeSamples']).toBeUndefined();
  });

  it.each(operations.map((op: any) => [`${op.httpMethod} ${op.path}`, op]))('%s: a TypeScript call of its method and a curl', (_, op: any) => {
    const samples = samplesOf(op);
    expect(samples.map((s) => s.lang)).toEqual(['TypeScript', 'curl']);
    expect(samples[0]!.source).toContain(`palomma.${op.resource}.${op.method}(`);
    expect(samples[1]!.source).toMatch(new RegExp(`^curl -X ${op.httpMethod} \\\\\n.*\\n  'https://sandbox\\.api\\.palomma\\.com/v0${op.path.replace(/\{\w+\}/g, '[^/?\']+')}`));
    expect(samples[1]!.source).toContain('Authorization: Bearer $PALOMMA_TOKEN');
  });

  it('keep the lines they write to the columns the page shows, and the two under the Copy button shorter', () => {
    const tooLong: string[] = [];
    const check = (where: string, source: string, columns: number) => {
      source.split('\n').forEach((line, i) => {
        // Example values (a URL, a description) are the spec's: the page wraps them.
        const own = !/"[^"]{12,}"|'https:/.test(line);
        const limit = i < 2 ? sampleColumns.firstLines : columns;
        if ((own || i < 2) && line.length > limit) tooLong.push(`${where} line ${i + 1} (${line.length} > ${limit}): ${line}`);
      });
    };
    for (const op of operations) for (const sample of samplesOf(op)) check(`${op.operationId} ${sample.lang}`, sample.source, sampleColumns.panel);
    for (const [eventType, item] of Object.entries<any>(documented.webhooks)) {
      check(eventType, /```ts\n([\s\S]*?)```/.exec(item.post.description)![1]!, sampleColumns.middle);
    }
    expect(tooLong).toEqual([]);
  });

  it('show verifyWebhook for every webhook', () => {
    for (const [eventType, item] of Object.entries<any>(documented.webhooks)) {
      expect(item.post.description).toContain(`await verifyWebhook({`);
      expect(item.post.description).toContain(`delivery.eventType === '${eventType}'`);
    }
  });

  it('type-check against the package, every one of them', async () => {
    const sources = [
      ...operations.map((op: any) => samplesOf(op)[0]!.source),
      ...Object.values<any>(documented.webhooks).map((item) => /```ts\n([\s\S]*?)```/.exec(item.post.description)![1]!),
    ];
    expect(await typeCheckSnippets(sources, { prelude: 'declare const request: { headers: Headers };\n' })).toBe('');
  }, 120_000); // one tsc run over the sources

  // The operations whose request examples carry a date Palomma judges against today (createPayinLink's expiration).
  const dated = operations.filter((op: any) => {
    const schema = spec.paths[op.path][op.httpMethod.toLowerCase()].requestBody?.content['application/json'].schema;
    return schema && relativeDateFields(spec, schema).length > 0;
  });
  const exampleOf = (op: any) => Object.values<any>(spec.paths[op.path].post.requestBody.content['application/json'].examples)[0].value;

  it('compute the dates Palomma judges against today instead of copying the stale example', () => {
    expect(dated.map((op: any) => op.operationId)).toEqual(['createPayinLink']);
    for (const op of dated) {
      const [typescript, curl] = samplesOf(op).map((sample) => sample.source);
      expect(typescript).not.toContain(exampleOf(op).expiration);
      // One expression, its chain broken over three lines to fit the panel.
      expect(typescript).toMatch(/expiration: new Date\(Date\.now\(\) \+ 86_400_000\)\n\s+\.toISOString\(\)\n\s+\.slice\(0, 19\),/);
      expect(curl).not.toContain(exampleOf(op).expiration);
    }
  });

  it.each(dated.map((op: any) => [op.operationId, op]))('%s: the TypeScript sample runs as written against the sandbox', async (_, op: any) => {
    const sandbox = createSandbox();
    const sent: string[] = [];
    try {
      const customer = (await (await sandbox.fetch('https://sandbox.api.palomma.com/v0/customers', {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox.token}` },
        body: JSON.stringify(customerBody()),
      })).json()) as { id: string };
      // The example's customer stands for one this sandbox made; nothing else in the sample changes.
      (globalThis as any).__docsSampleFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const body = (await request.text()).replaceAll(exampleOf(op).customerId, customer.id);
        sent.push(body);
        return sandbox.fetch(new Request(request, { body }));
      };
      const shim = join(scratch.dir, 'palomma-openapi-shim.ts');
      writeFileSync(
        shim,
        [
          `import { createPalommaClient as create } from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'src/client/index.ts')).href)};`,
          `export const createPalommaClient = (options: Parameters<typeof create>[0]) =>`,
          `  create({ ...options, fetch: (globalThis as any).__docsSampleFetch, validateResponses: 'throw', maxRetries: 0 });`,
        ].join('\n'),
      );
      const file = join(scratch.dir, `run-${op.operationId}.ts`);
      const source = samplesOf(op)[0]!.source.replace("from 'palomma-openapi'", `from ${JSON.stringify(pathToFileURL(shim).href)}`);
      const name = /^const (\w+) = await /m.exec(source)![1];
      writeFileSync(file, `${source}\nexport { ${name} as answer };\n`);
      vi.stubEnv('PALOMMA_TOKEN', sandbox.token);
      const { answer } = await import(pathToFileURL(file).href);
      expect(answer).toMatchObject({ status: 'pending', customerId: customer.id });
      expect(Date.parse(`${answer.expiration}Z`)).toBeGreaterThan(Date.now());
      expect(sent).toHaveLength(1);
      expect(sandbox.violations).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
      delete (globalThis as any).__docsSampleFetch;
      sandbox.close();
    }
  });

  it.each(dated.map((op: any) => [op.operationId, op]))('%s: the curl sample sends a date from today to the seventh day', (_, op: any) => {
    // The sample as a shell runs it, with a `curl` that prints the body it was given.
    const script = `curl() { while [ $# -gt 0 ]; do if [ "$1" = -d ]; then printf '%s' "$2"; fi; shift; done; }\n${samplesOf(op)[1]!.source}\n`;
    const body = JSON.parse(execFileSync('bash', ['-c', script], { encoding: 'utf8' }));
    expect(body).toEqual({ ...exampleOf(op), expiration: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/) });
    const at = Date.parse(`${body.expiration}Z`);
    expect(at).toBeGreaterThan(Date.now());
    expect(at).toBeLessThan(Date.now() + 7 * 86_400_000);
  });
});
