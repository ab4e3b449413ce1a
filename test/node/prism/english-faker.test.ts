// The English-only faker every Prism process gets (src/node/prism/english-faker.ts): in place where Prism's mocker
// loads faker, the same values from the same seeds as faker's own all-locale default, and passed to each Prism
// launched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishFakerImport, preferEnglishFaker } from '../../../src/node/prism/english-faker.js';
import { freePort, launch, prismCliPath, stopper } from '../../../src/node/prism/process.js';

const cli = prismCliPath();

// Script text that loads faker as Prism's mocker does (`fromMocker`, `faker`).
const loadFaker = `
const { createRequire } = require('node:module');
const fromMocker = createRequire(createRequire(${JSON.stringify(cli)}).resolve('@stoplight/prism-http'));
const faker = fromMocker('@faker-js/faker');
`;
// Run in a fresh Node: what Prism's mocker gets for `require('@faker-js/faker')`, and values from Prism's own
// generator for a schema of `x-faker` keywords, seeded.
const probe = `${loadFaker}
const allLoaded = Object.keys(fromMocker.cache).some((file) => /@faker-js[\\\\/]faker[\\\\/]dist[\\\\/]cjs[\\\\/]locales[\\\\/]index\\.js$/.test(file));
const { generate } = fromMocker(fromMocker.resolve('@stoplight/prism-http').replace(/index\\.js$/, 'mocker/generator/JSONSchema.js'));
const keywords = ['name.firstName', 'name.lastName', 'address.city', 'address.streetAddress', 'internet.email', 'phone.phoneNumber', 'company.companyName', 'lorem.sentence', 'datatype.uuid', 'finance.amount'];
const schema = { type: 'object', required: keywords, properties: Object.fromEntries(keywords.map((k) => [k, { type: 'string', 'x-faker': k }])) };
// Prism seeds its generator, not faker (faker draws from a seed of its own): both are seeded here.
const values = [1, 2, 3].map((seed) => (faker.default.seed(seed), generate({}, {}, schema, String(seed))));
console.log(JSON.stringify({ locales: Object.keys(faker.default.locales), allLoaded, exports: Object.keys(faker).sort(), values }));
`;
const run = (flags: string[]) => {
  const { stdout, stderr, status } = spawnSync(process.execPath, [...flags, '-e', probe], { encoding: 'utf8', timeout: 60_000 });
  expect(status, stderr).toBe(0);
  return JSON.parse(stdout) as { locales: string[]; allLoaded: boolean; exports: string[]; values: { _tag: string; right: Record<string, string> }[] };
};

describe('the English-only faker', () => {
  const stock = run([]);
  const english = run(englishFakerImport(cli));

  it('is what Prism gets for faker, without faker loading its other locales', () => {
    expect(stock).toMatchObject({ allLoaded: true });
    expect(stock.locales.length).toBeGreaterThan(10);
    expect(english).toMatchObject({ allLoaded: false, locales: ['en'] });
  });

  it('exports what faker itself does', () => expect(english.exports).toEqual(stock.exports));

  it("gives Prism's generator the same values from the same seeds", () => {
    for (const value of english.values) expect(value._tag).toBe('Right');
    expect(new Set(english.values.map((value) => JSON.stringify(value.right))).size).toBe(3);
    expect(english.values).toEqual(stock.values);
  });

  it('leaves a faker that is already loaded alone, and a Prism it cannot find', () => {
    const loadedFirst = `${loadFaker}\nconsole.log((${preferEnglishFaker.toString()})(${JSON.stringify(cli)}), Object.keys(fromMocker('@faker-js/faker').default.locales).length)`;
    const { stdout, stderr, status } = spawnSync(process.execPath, ['-e', loadedFirst], { encoding: 'utf8', timeout: 60_000 });
    expect(status, stderr).toBe(0);
    expect(stdout.trim()).toBe(`false ${stock.locales.length}`);
    expect(preferEnglishFaker(join(tmpdir(), 'no-prism-here', 'index.js'))).toBe(false);
  });
});

describe('a Prism process the package launches', () => {
  const stops: (() => Promise<void>)[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'english-faker-'));
  afterAll(async () => {
    await Promise.all(stops.map((stop) => stop()));
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs with the English-only faker and serves x-faker values from it', async () => {
    const spec = join(folder, 'spec.yaml');
    const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string', 'x-faker': 'name.firstName' } } };
    writeFileSync(spec, JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/name': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema } } } } } } } }));
    const port = await freePort();
    const { child } = await launch(cli, ['mock', spec, '-h', '127.0.0.1', '-p', String(port), '--dynamic', '--seed', '5'], { timeoutMs: 60_000, onLog: undefined });
    stops.push(stopper(child));
    expect(readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining(englishFakerImport(cli)));
    const body = (await (await fetch(`http://127.0.0.1:${port}/name`)).json()) as { name: string };
    expect(body.name).toMatch(/^[A-Z][a-z'-]+$/);
  }, 90_000);
});
