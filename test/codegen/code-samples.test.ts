// The docs samples are derived from the spec for every operation and webhook, call the generated methods, and compile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withCodeSamples } from '../../codegen/code-samples.mjs';
import { describeOperations } from '../../src/spec/operations.js';
import { spec } from '../helpers/spec.js';

const documented = withCodeSamples(spec);
const operations = describeOperations(spec);
const scratch = mkdtempSync(join(process.cwd(), 'test/codegen/.samples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
    expect(samples[1]!.source).toMatch(new RegExp(`^curl -X ${op.httpMethod} 'https://sandbox\\.api\\.palomma\\.com/v0${op.path.replace(/\{\w+\}/g, '[^/?\']+')}`));
    expect(samples[1]!.source).toContain('Authorization: Bearer $PALOMMA_TOKEN');
  });

  it('show verifyWebhook for every webhook', () => {
    for (const [eventType, item] of Object.entries<any>(documented.webhooks)) {
      expect(item.post.description).toContain(`await verifyWebhook({`);
      expect(item.post.description).toContain(`delivery.eventType === '${eventType}'`);
    }
  });

  it('type-check against the package, every one of them', () => {
    const sources = [
      ...operations.map((op: any) => samplesOf(op)[0]!.source),
      ...Object.values<any>(documented.webhooks).map((item) => /```ts\n([\s\S]*?)```/.exec(item.post.description)![1]!),
    ];
    const files = sources.map((source, i) => {
      const file = join(scratch, `sample${i}.ts`);
      const local = source
        .replace("from 'palomma-openapi/webhooks'", "from '../../../src/webhooks/index.js'")
        .replace("from 'palomma-openapi'", "from '../../../src/client/index.js'");
      writeFileSync(file, `declare const request: { headers: Headers };\n${local}\nexport {};\n`);
      return file;
    });
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ extends: '../../../tsconfig.json', include: files }));
    let output = '';
    try {
      execFileSync(process.execPath, [join(process.cwd(), 'node_modules/typescript/bin/tsc'), '-p', join(scratch, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
  });
});
