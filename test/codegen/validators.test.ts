// The generated validators: every schema compiled once, a module per component schema the tables reach (imported
// where it is needed), laid out a statement per line; the modules run as they are and check what the spec says.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderValidators } from '../../codegen/validators.mjs';
import { spec } from '../helpers/spec.js';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-validators-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const declared = (files: Record<string, string>) =>
  Object.values(files).flatMap((text) => [...text.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]!));

/** Writes the modules to a folder of their own and imports the three tables from it. */
async function load(files: Record<string, string>, name: string) {
  const dir = join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const table = (file: string) => import(pathToFileURL(join(dir, file)).href);
  return {
    request: (await table('request-validators.js')).requestValidators,
    response: (await table('response-validators.js')).responseValidators,
    webhook: (await table('webhook-validators.js')).webhookValidators,
  };
}

describe("the spec's validators", () => {
  const files = renderValidators(spec);

  it('compile each component schema once, in its own module, and no schema nothing looks up', () => {
    const names = declared(files);
    expect(new Set(names).size).toBe(names.length);
    const modules = Object.keys(files).filter((file) => file.startsWith('validators/'));
    expect(modules).toContain('validators/PayoutTarget.js');
    for (const file of modules) {
      const component = /^validators\/(\w+)\.js$/.exec(file)![1]!;
      expect(files[file]).toMatch(new RegExp(`^function validate${component}\\(`, 'm'));
      expect(files[file]).toMatch(new RegExp(`^export \\{ validate${component} \\};$`, 'm'));
    }
    // PayoutTarget is a response and sits in a webhook's event: both tables import the one module.
    expect(files['response-validators.js']).toContain("import { validatePayoutTarget } from './validators/PayoutTarget.js';");
    expect(files['validators/WebhookEnvelopePayoutTargetUpdate.js']).toContain("import { validatePayoutTarget } from './PayoutTarget.js';");
  });

  it('are laid out a statement per line, with the tables exporting only themselves', () => {
    const longest = Math.max(...Object.values(files).flatMap((text) => text.split('\n').map((line) => line.length)));
    expect(longest).toBeLessThan(1000);
    expect(files['validators/Customer.js']).toMatch(/\n {2}let vErrors = null;\n {2}let errors = 0;\n/);
    const tables = { 'request-validators.js': 'requestValidators', 'response-validators.js': 'responseValidators', 'webhook-validators.js': 'webhookValidators' };
    for (const [file, table] of Object.entries(tables)) {
      expect([...files[file]!.matchAll(/^export .*$/gm)].map((match) => match[0])).toEqual([`export const ${table} = {`]);
    }
  });

  it('check a request body, a response body and a webhook envelope', async () => {
    const tables = await load(files, 'spec');
    const create = tables.request['/payoutTargets']!.POST!.body!;
    expect(create(spec.paths['/payoutTargets'].post.requestBody.content['application/json'].examples.bankAccount.value)).toBe(true);
    expect(create({ type: 'bankAccount' })).toBe(false);
    expect(create.errors!.map((error: { keyword: string }) => error.keyword)).toContain('required');
    const target = tables.response['/payoutTargets']!.POST!['200']!;
    expect(target(spec.paths['/payoutTargets'].post.responses['200'].content['application/json'].examples.active.value)).toBe(true);
    const envelope = tables.webhook['payout-target.update']!;
    const example = Object.values<{ value: { event: object } }>(spec.webhooks['payout-target.update'].post.requestBody.content['application/json'].examples)[0]!.value;
    expect(envelope(example)).toBe(true);
    expect(envelope({ ...example, event: { ...example.event, createdAt: 'yesterday' } })).toBe(false);
    expect(envelope.errors).toContainEqual(expect.objectContaining({ keyword: 'format', instancePath: '/event/createdAt' }));
  });
});

describe('validators of a small spec', () => {
  const thing = {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string', minLength: 1 }, parts: { type: 'array', items: { $ref: '#/components/schemas/Part' } } },
    additionalProperties: false,
  };
  // Thing and Part point at each other, so their modules import each other.
  const part = { type: 'object', properties: { of: { $ref: '#/components/schemas/Thing' } } };
  const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
  const small = (schemas: Record<string, unknown>, post: Record<string, unknown> = {}) => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          requestBody: json({ $ref: '#/components/schemas/Thing' }),
          responses: { '200': { description: 'ok', ...json({ type: 'object', properties: { thing: { $ref: '#/components/schemas/Thing' } } }) } },
          ...post,
        },
      },
    },
    webhooks: { 'thing.update': { post: { operationId: 'thingUpdate', requestBody: json({ $ref: '#/components/schemas/Thing' }), responses: { '200': { description: 'ok' } } } } },
    components: { schemas },
  });

  it('share one module per component, follow references both ways, and leave out what nothing reaches', async () => {
    const files = renderValidators(small({ Thing: thing, Part: part, Unused: { type: 'string' } }));
    expect(Object.keys(files).filter((file) => file.startsWith('validators/')).sort()).toEqual(['validators/Part.js', 'validators/Thing.js']);
    expect(files['validators/Thing.js']).toContain("import { validatePart } from './Part.js';");
    expect(files['validators/Part.js']).toContain("import { validateThing } from './Thing.js';");
    // The response is an inline schema: its validator is the response table's own.
    expect(files['response-validators.js']).toMatch(/^function validateCreateThingResponse200\(/m);
    const tables = await load(files, 'small');
    const body = tables.request['/things']!.POST!.body!;
    expect(body({ name: 'a', parts: [{ of: { name: 'b', parts: [{ of: { name: 'c' } }] } }] })).toBe(true);
    expect(body({ name: 'a', parts: [{ of: { name: 'b', parts: [{ of: { name: '' } }] } }] })).toBe(false);
    expect(body.errors).toEqual([expect.objectContaining({ keyword: 'minLength', instancePath: '/parts/0/of/parts/0/of/name' })]);
    expect(tables.response['/things']!.POST!['200']!({ thing: { name: 'a', extra: 1 } })).toBe(false);
    expect(tables.webhook['thing.update']!({ name: 'a' })).toBe(true);
  });

  it('fail, naming both, when an inline schema and a component would make the same validator', () => {
    const post = { requestBody: json({ type: 'object' }), responses: { '200': { description: 'ok', ...json({ $ref: '#/components/schemas/CreateThingBody' }) } } };
    const spec = small({ Thing: thing, Part: part, CreateThingBody: { type: 'string' } }, post);
    expect(() => renderValidators(spec)).toThrow(/the request schema at \/things POST body and components\.schemas\.CreateThingBody both make the validator validateCreateThingBody/);
  });
});
