// The spec's validators as the build ships them (scripts/build.mjs compacts them): each one once in dist/, shared
// by every entry, and judging every value exactly as the generated code it was built from, errors included.
// Values come from the spec's own schemas, valid and broken; nothing here is written per operation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestValidators } from '../../generated/request-validators.js';
import { responseValidators } from '../../generated/response-validators.js';
import type { CompiledValidator } from '../../generated/validator-types.js';
import * as sourceWebhooks from '../../src/webhooks/index.js';
import { schemaArbitraries, type SchemaLike } from '../helpers/arbitraries.js';
import { operationRequests } from '../helpers/operations.js';
import { spec } from '../helpers/spec.js';
import { integrityKey } from '../helpers/webhooks.js';

const dist = join(process.cwd(), 'dist');
const builtFiles = readdirSync(dist).filter((name) => /\.(js|d\.ts)$/.test(name));
const read = (name: string) => readFileSync(join(dist, name), 'utf8');
const seed = 20_261_201;
const arbitraries = schemaArbitraries(spec);

type Table = Record<string, Record<string, Record<string, CompiledValidator>>>;
let built: { requestValidators: Table; responseValidators: Table };
let builtWebhooks: typeof sourceWebhooks;

beforeAll(async () => {
  // The tables are internal exports of shared chunks (their names are content hashes): import the chunks, never
  // an entry (dist/cli.js would run the command line).
  const exports: Record<string, unknown> = {};
  for (const name of builtFiles.filter((n) => /^(chunk|response-validators)-.*\.js$/.test(n))) {
    Object.assign(exports, await import(pathToFileURL(join(dist, name)).href));
  }
  built = exports as typeof built;
  builtWebhooks = await import(pathToFileURL(join(dist, 'webhooks.js')).href);
});

/** Some valid values of `schema`, each also broken in every one place it can be, the same on every run. */
function samples(schema: SchemaLike): unknown[] {
  const valid = fc.sample(arbitraries.valid(schema), { numRuns: 6, seed });
  const broken = valid.flatMap((value) => arbitraries.variants(schema, value).map((variant) => variant.body));
  return [...valid, ...broken, null, 'text', [], {}];
}

/** What a compiled validator says of `value`: the verdict and Ajv's errors. */
function judge(validate: CompiledValidator, value: unknown) {
  const ok = validate(structuredClone(value));
  return { ok, errors: validate.errors ?? null };
}

/** `components.responses` references followed: the JSON body schema of one response. */
function responseSchema(path: string, method: string, status: string): SchemaLike {
  let response = spec.paths[path][method.toLowerCase()].responses[status];
  if (response.$ref) response = spec.components.responses[response.$ref.split('/').pop()];
  return response.content['application/json'].schema;
}

describe('the validators in dist/', () => {
  it('ship once each, compacted: every generated validator function is defined in exactly one built file, without whitespace', () => {
    const generatedDir = join(process.cwd(), 'generated');
    const generated = [
      ...readdirSync(generatedDir).filter((n) => n.endsWith('-validators.js')).map((n) => join(generatedDir, n)),
      ...readdirSync(join(generatedDir, 'validators')).map((n) => join(generatedDir, 'validators', n)),
    ].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^function (validate\w+)\(/gm)].map((m) => m[1]!));
    expect(generated.length).toBeGreaterThan(50);
    const code = builtFiles.filter((n) => n.endsWith('.js')).map(read);
    const definedIn = (name: string) => code.filter((text) => text.includes(`function ${name}(`)).length;
    expect(generated.filter((name) => definedIn(name) !== 1)).toEqual([]);
    // Compacted wherever they land, in a chunk of their own or beside the hand-written code that alone uses them
    // (the webhook envelopes'): esbuild prints `(data, {` only with its whitespace.
    const compacted = (name: string) => code.some((text) => text.includes(`function ${name}(data,{`));
    expect(generated.filter((name) => !compacted(name))).toEqual([]);
  });

  it("ship the spec's types once: one declaration of paths, components, operations and webhooks", () => {
    const declarations = builtFiles.filter((n) => n.endsWith('.d.ts')).map(read);
    for (const name of ['paths', 'components', 'operations', 'webhooks']) {
      expect(declarations.filter((text) => new RegExp(`^interface ${name} \\{`, 'm').test(text)), name).toHaveLength(1);
    }
  });

  it('check request bodies, path and query parameters as the generated code does', () => {
    expect(Object.keys(built.requestValidators)).toEqual(Object.keys(requestValidators));
    let compared = 0;
    for (const operation of operationRequests(spec)) {
      for (const [part, schema] of Object.entries(operation.parts)) {
        const source = (requestValidators as Table)[operation.path]?.[operation.method]?.[part];
        const shipped = built.requestValidators[operation.path]?.[operation.method]?.[part];
        expect(shipped, `${operation.method} ${operation.path} ${part}`).toBeTypeOf('function');
        for (const value of samples(schema)) {
          expect(judge(shipped!, value), `${operation.operationId} ${part}: ${JSON.stringify(value)}`).toEqual(judge(source!, value));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it('check every response body as the generated code does', () => {
    const source = responseValidators as Table;
    expect(Object.keys(built.responseValidators)).toEqual(Object.keys(source));
    let compared = 0;
    for (const [path, methods] of Object.entries(source)) {
      for (const [method, statuses] of Object.entries(methods)) {
        expect(Object.keys(built.responseValidators[path]![method]!)).toEqual(Object.keys(statuses));
        for (const [status, validate] of Object.entries(statuses)) {
          const shipped = built.responseValidators[path]![method]![status]!;
          for (const value of samples(responseSchema(path, method, status))) {
            expect(judge(shipped, value), `${method} ${path} ${status}: ${JSON.stringify(value)}`).toEqual(judge(validate, value));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(2_000);
  });

  it('check webhook envelopes as the generated code does (verifyWebhook, validateEvent throw)', async () => {
    const outcome = async (webhooks: typeof sourceWebhooks, headers: Record<string, string>) => {
      try {
        return { envelope: await webhooks.verifyWebhook({ headers, integrityKey, validateEvent: 'throw' }) };
      } catch (error) {
        const { name, message, issues } = error as { name: string; message: string; issues?: unknown };
        return { name, message, issues };
      }
    };
    let compared = 0;
    for (const [type, webhook] of Object.entries<any>(spec.webhooks)) {
      for (const envelope of samples(webhook.post.requestBody.content['application/json'].schema)) {
        const headers = { ...(await sourceWebhooks.signWebhook({ envelope: envelope as Record<string, unknown>, integrityKey })) };
        expect(await outcome(builtWebhooks, headers), `${type}: ${JSON.stringify(envelope)}`).toEqual(await outcome(sourceWebhooks, headers));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
