// An operation added to a copy of the spec with only a tag and an operationId surfaces as a typed, documented
// method: generate, type-check a call to it, and run the call against Prism serving that copy.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../codegen/pipeline.mjs';
import { startMockServer } from '../../src/node/prism/mock.js';
import { runCli } from '../helpers/spawn-cli.js';

const root = process.cwd();
// Inside the project, so the copy resolves openapi-fetch and typescript from its node_modules.
const scratch = join(root, '.scratch', `new-operation-${process.pid}`);
const balance = { merchantAccountId: 'default', availableBalance: 1250000 };

let mock: Awaited<ReturnType<typeof startMockServer>> | undefined;

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  cpSync(join(root, 'src'), join(scratch, 'src'), { recursive: true });
  const spec = parse(readFileSync(join(root, 'openapi.yaml'), 'utf8'));
  spec.paths['/balance'] = {
    get: {
      operationId: 'getBalance',
      tags: ['Balances'],
      summary: 'Read the balance',
      description: 'A made-up operation, added only by this test.',
      responses: {
        '200': {
          description: 'The balance.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { merchantAccountId: { type: 'string' }, availableBalance: { type: 'number' } },
              },
              example: balance,
            },
          },
        },
      },
    },
  };
  writeFileSync(join(scratch, 'openapi.yaml'), stringify(spec));
  await generate({ spec: join(scratch, 'openapi.yaml'), out: join(scratch, 'generated'), typeTests: join(scratch, 'test/types/methods.generated.test-d.ts') });
  mock = await startMockServer({ spec: join(scratch, 'openapi.yaml') });
});

afterAll(async () => {
  await mock?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('an operation added to the spec', () => {
  it('gets a documented method, a named type the package exports and a generated type test', () => {
    const resources = readFileSync(join(scratch, 'generated/resources.ts'), 'utf8');
    expect(resources).toContain('readonly balances: Balances;');
    expect(resources).toMatch(/Read the balance\.\n\s+\*\n\s+\* A made-up operation, added only by this test\.[\s\S]*retrieve\(options\?: CallOptions\): APIPromise<GetBalanceResponse>;/);
    expect(readFileSync(join(scratch, 'generated/types.ts'), 'utf8')).toContain('export type GetBalanceResponse =');
    expect(readFileSync(join(scratch, 'generated/public-types.ts'), 'utf8')).toMatch(/^  GetBalanceResponse,$/m);
    expect(readFileSync(join(scratch, 'test/types/methods.generated.test-d.ts'), 'utf8')).toContain("it('balances.retrieve: GET /balance'");
  });

  it('compiles a typed call and runs it against Prism serving the new spec', async () => {
    const call = [
      "import { createPalommaClient, type GetBalanceResponse } from './src/client/index.js';",
      'const palomma = createPalommaClient({ token: "t", baseUrl: process.env.MOCK_URL! });',
      'const balance: GetBalanceResponse = await palomma.balances.retrieve();',
      'const { response } = await palomma.balances.retrieve().withResponse();',
      'const available: number | undefined = balance.availableBalance;',
      '// @ts-expect-error the new method takes no id',
      'export const wrong = () => palomma.balances.retrieve("x", {});',
      'console.log(JSON.stringify({ balance, available, status: response.status }));',
    ].join('\n');
    writeFileSync(join(scratch, 'call.ts'), call);
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true }, include: ['src', 'generated/*.ts', 'call.ts'] }),
    );
    const tsc = await runCli(['-p', scratch], { script: join(root, 'node_modules/typescript/bin/tsc') });
    expect(tsc.code, `tsc failed:\n${tsc.output}`).toBe(0);
    await build({ entryPoints: [join(scratch, 'call.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(scratch, 'call.mjs'), logLevel: 'error' });
    const called = await runCli([], { script: join(scratch, 'call.mjs'), env: { MOCK_URL: mock!.url } });
    expect(called.code, called.stderr).toBe(0);
    expect(JSON.parse(called.stdout)).toEqual({ balance, available: balance.availableBalance, status: 200 });
  }, 120_000); // one tsc run over the whole copy of src/, as the other tests compiling src/ allow
});
