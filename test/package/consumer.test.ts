// The package as a user gets it: `npm pack` (in `npm test`, the tarball it packed once for the whole run; alone, one
// packed here), installed into a scratch project outside the repo, compiled there by TypeScript (node16 and bundler
// resolution) and run as ESM and as CommonJS against the Prism mock.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { build } from 'esbuild';
import { packedTarball } from '../../scripts/lib/pack.mjs';
import { startMockServer } from '../../src/node/prism/mock.js';
import { launchChromium } from '../helpers/chromium.js';
import { startHttpServer } from '../helpers/http-server.js';

const repo = process.cwd();
const tsc = join(repo, 'node_modules/typescript/bin/tsc');
let project: string;
let packed: { tarball: string; files: string[] };

// The same source is written as .mts and .cts: TypeScript emits ESM for one and CommonJS for the other.
const consumer = `import { createPalommaClient, PalommaError, PalommaValidationError, type CreatePayoutTargetBody, type PayoutTarget } from 'palomma-openapi';
import { verifyWebhook } from 'palomma-openapi/webhooks';
import type { Sandbox, SandboxServerOptions } from 'palomma-openapi/sandbox';

// The sandbox's shipped types resolve and check too (its code runs in the tests below).
export type SandboxTypes = [Sandbox, SandboxServerOptions];
const baseUrl = process.argv[2];
const palomma = createPalommaClient({ token: 'consumer-test-token', baseUrl });
const body: CreatePayoutTargetBody = {
  customerId: '01HPR57X6QR5ZRKEEKBSDBW4RA',
  redirectUrl: 'https://merchant.example.com/payouts/return',
  type: 'bankAccount',
  bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' },
};
// @ts-expect-error the published types must still reject a wrong enum
const wrong: CreatePayoutTargetBody = { ...body, type: 'card' };
void wrong;

async function main() {
  const target: PayoutTarget = await palomma.payoutTargets.create(body);
  const invalid = await palomma.payoutTargets.create({ ...body, customerId: '' }).catch((e: unknown) => e);
  const unsigned = await verifyWebhook({ headers: {}, integrityKey: 'k' }).catch((e: unknown) => e);
  console.log(JSON.stringify({ id: target.id, validation: invalid instanceof PalommaValidationError, webhookErrorIsPalommaError: unsigned instanceof PalommaError }));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

function run(command: string, args: string[], cwd = project) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'palomma-consumer-'));
  packed = packedTarball(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', packed.tarball, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts']);
  mkdirSync(join(project, 'src'));
  writeFileSync(join(project, 'src/esm.mts'), consumer);
  writeFileSync(join(project, 'src/cjs.cts'), consumer);
  // Node's own process types are not needed: declare the two globals the consumer uses.
  writeFileSync(join(project, 'src/globals.d.ts'), 'declare const process: { argv: string[]; exit(code: number): never };\n');
  // node16 resolution also checks the shipped .d.ts files themselves (skipLibCheck off; TypeScript's own lib files
  // are left unchecked, skipDefaultLibCheck, as they are not ours); bundler checks resolution only. Module node20:
  // the Node the package asks for (≥ 20.19), where a CommonJS file require()s its ES modules.
  const base = { target: 'ES2022', strict: true, lib: ['ES2022', 'DOM'], types: [] };
  writeFileSync(
    join(project, 'tsconfig.node16.json'),
    JSON.stringify({
      compilerOptions: { ...base, module: 'node20', moduleResolution: 'node16', outDir: 'out-node16', skipLibCheck: false, skipDefaultLibCheck: true },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(project, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...base, module: 'preserve', moduleResolution: 'bundler', noEmit: true, skipLibCheck: true },
      include: ['src'],
    }),
  );
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Compiles the consumer with node16 resolution into out-node16/, once; throws tsc's complaint if it fails. */
let node16: { error?: unknown } | undefined;
function compiledNode16() {
  if (!node16) {
    try {
      run(process.execPath, [tsc, '-p', 'tsconfig.node16.json']);
      node16 = {};
    } catch (error) {
      node16 = { error };
    }
  }
  if (node16.error) throw node16.error;
}

describe('published package', () => {
  it('ships dist, the specs, the mock, the sandbox and the palomma bin, nothing else', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/sandbox.js',
        'dist/sandbox.d.ts',
        'dist/cli.js',
        'openapi.yaml',
        'sandbox.yaml',
        'flows/palomma.arazzo.yaml',
        'bin/palomma.mjs',
      ]),
    );
    // Built code only: no source, tests, scripts or generated modules; the bin runs dist/cli.js.
    expect(packed.files.filter((f) => /^(src|test|scripts|codegen|tools|generated)\//.test(f))).toEqual([]);
    expect(packed.files.filter((f) => !f.startsWith('dist/')).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/palomma.mjs',
      'flows/palomma.arazzo.yaml',
      'openapi.yaml',
      'package.json',
      'sandbox.yaml',
    ]);
  });

  it('ships each method with its JSDoc from the spec, for an editor to show on hover', () => {
    const types = readFileSync(join(project, 'node_modules/palomma-openapi/dist/index.d.ts'), 'utf8');
    const create = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*create\(body: CreatePayoutTargetBody, options\?: CallOptions\): APIPromise<PayoutTarget>;/.exec(types);
    expect(create, 'payoutTargets.create with its JSDoc in dist/index.d.ts').not.toBeNull();
    expect(create![1]).toContain('Create a payout target.');
    expect(create![1]).toContain('@throws {@link PalommaValidationError}');
    expect(create![1]).toContain('`POST /payoutTargets`');
  });

  it('type-checks with moduleResolution bundler', () => {
    expect(() => run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'])).not.toThrow();
  });

  it('compiles with node16 resolution, the shipped .d.ts files included', () => {
    expect(() => compiledNode16()).not.toThrow();
  });

  it.each([
    ['ESM', 'out-node16/esm.mjs'],
    ['CommonJS', 'out-node16/cjs.cjs'],
  ])('runs as %s against the mock', (_kind, file) => {
    compiledNode16(); // what it runs, whichever test came first
    if (file.endsWith('.cjs')) expect(readFileSync(join(project, file), 'utf8')).toContain('require("palomma-openapi")');
    const output = JSON.parse(run(process.execPath, [file, inject('prismUrl')]));
    // One PalommaError class across the two entry points, in both module systems.
    expect(output).toEqual({ id: '01HPR8S7YF43PV3QV16TZDC80P', validation: true, webhookErrorIsPalommaError: true });
  });
});

describe('palomma-openapi/mock from the installed package', () => {
  // Prism is an optional peer dependency; link the repo's copy in rather than download it again.
  const linkPrism = () => {
    mkdirSync(join(project, 'node_modules/@stoplight'), { recursive: true });
    try {
      symlinkSync(join(repo, 'node_modules/@stoplight/prism-cli'), join(project, 'node_modules/@stoplight/prism-cli'), 'dir');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  };
  // One CommonJS script: require() and import() of the entry give the very same functions (the package is ES
  // modules; Node's require() loads them), and the mock it starts is Prism on the shipped spec. One Prism start
  // serves both module systems, since both hold the one startMockServer.
  const script = `const required = require('palomma-openapi/mock');
const body = { customerId: 'c', redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount',
  bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '1' } };
(async () => {
  const imported = await import('palomma-openapi/mock');
  const same = Object.keys(imported).length > 0 && Object.keys(imported).every((name) => required[name] === imported[name]);
  const mock = await required.startMockServer();
  try {
    const response = await fetch(mock.url + '/payoutTargets', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: JSON.stringify(body) });
    console.log(JSON.stringify({ same, status: response.status, id: (await response.json()).id, loopback: new URL(mock.url).hostname }));
  } finally {
    await mock.close();
  }
})().catch((error) => { console.error(error); process.exit(1); });
`;

  it('starts Prism on the shipped spec, the same startMockServer from CommonJS and ESM', () => {
    linkPrism();
    writeFileSync(join(project, 'mock-consumer.cjs'), script);
    expect(JSON.parse(run(process.execPath, ['mock-consumer.cjs']))).toEqual({ same: true, status: 200, id: '01HPR8S7YF43PV3QV16TZDC80P', loopback: '127.0.0.1' });
  });
});

describe('palomma-openapi/sandbox and the palomma bin from the installed package', () => {
  const script = (load: string) => `${load}
(async () => {
  const { createSandbox } = await sandboxModule;
  const sandbox = createSandbox();
  const headers = { authorization: 'Bearer ' + sandbox.token, 'content-type': 'application/json' };
  const created = await sandbox.fetch('https://sandbox.api.palomma.com/v0/customers', { method: 'POST', headers,
    body: JSON.stringify({ name: 'Pepito Perez', documentType: 'cc', documentNumber: '1', email: 'p@example.com', phoneNumber: '3' }) });
  const { id } = await created.json();
  const fetched = await sandbox.fetch('https://sandbox.api.palomma.com/v0/customers/' + id, { headers });
  console.log(JSON.stringify({ created: created.status, fetched: fetched.status, same: (await fetched.json()).id === id, violations: sandbox.violations.length }));
  sandbox.close();
})().catch((error) => { console.error(error); process.exit(1); });
`;

  it.each([
    ['ESM', 'sandbox-consumer.mjs', "const sandboxModule = import('palomma-openapi/sandbox');"],
    ['CommonJS', 'sandbox-consumer.cjs', "const sandboxModule = Promise.resolve(require('palomma-openapi/sandbox'));"],
  ])('runs the sandbox in process from %s', (_kind, file, load) => {
    writeFileSync(join(project, file), script(load));
    expect(JSON.parse(run(process.execPath, [file]))).toEqual({ created: 200, fetched: 200, same: true, violations: 0 });
  });

  it('has the palomma bin with its five commands, proxy, flows and webhook send included', () => {
    const bin = join(project, 'node_modules/.bin/palomma');
    expect(run(bin, ['--help'])).toMatch(/^  webhook send /m);
    expect(run(bin, ['webhook', 'send', '--help'])).toMatch(/--integrity-key KEY/);
    expect(run(bin, ['proxy', '--help'])).toMatch(/--upstream <url>/);
    expect(run(bin, ['sandbox', '--help'])).toMatch(/--auto-advance <ms\|off>/);
    expect(run(bin, ['flows', '--help'])).toMatch(/^Workflows: payoutFlow, /m);
  });

  it('palomma flows says how to install Redocly when the optional peer is missing, and runs the shipped flows once it is there', () => {
    const bin = join(project, 'node_modules/.bin/palomma');
    const args = ['flows', '--api', 'http://127.0.0.1:9', '--control', 'http://127.0.0.1:9', '--workflow', 'errors'];
    const missing = (() => {
      try {
        run(bin, args);
        return undefined;
      } catch (error) {
        return error as { status: number; stderr: string };
      }
    })();
    expect(missing?.status).toBe(2);
    expect(missing?.stderr).toContain('npm install --save-dev @redocly/cli@2.77.0');
    // The repository's copy, linked rather than downloaded again.
    symlinkSync(join(repo, 'node_modules/@redocly'), join(project, 'node_modules/@redocly'), 'dir');
    let output = '';
    try {
      run(bin, args);
    } catch (error) {
      output = String((error as { stdout: string }).stdout);
    }
    expect(output).toContain('Running workflow palomma.arazzo.yaml / errors');
    expect(output).toContain('✖ errors › createCustomer › failed network request');
  });
});

describe('runtime neutrality', () => {
  it('bundles for a platform with no Node built-ins', async () => {
    const entry = join(project, 'node_modules/palomma-openapi/dist/index.js');
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'neutral', write: false, logLevel: 'silent', mainFields: ['module', 'main'] });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from ["']node:|require\(["']node:/);
  });

  it('runs unchanged in a browser (headless Chromium) against the mock', async () => {
    // The package's dist/ is served as is (its entry imports shared chunks by relative URL).
    const dist = join(project, 'node_modules/palomma-openapi/dist');
    const fileFor = (url: string) =>
      url === '/openapi-fetch.js'
        ? join(project, 'node_modules/openapi-fetch/dist/index.mjs')
        : /^\/palomma-openapi\/[\w.-]+\.js$/.test(url)
          ? join(dist, url.slice('/palomma-openapi/'.length))
          : undefined;
    const page = `<!doctype html><script type="importmap">{"imports":{"palomma-openapi":"/palomma-openapi/index.js","openapi-fetch":"/openapi-fetch.js"}}</script>
<script type="module">
  import { createPalommaClient, PalommaConfigError, PalommaValidationError } from 'palomma-openapi';
  const baseUrl = location.search.slice(1);
  // A secret key in a page is refused unless the caller opts in.
  let refused = false;
  try { createPalommaClient({ token: 'browser-token', baseUrl }); } catch (e) { refused = e instanceof PalommaConfigError && e.message.startsWith('dangerouslyAllowBrowser:'); }
  // Response validation on: the lazily loaded validators chunk must load in the browser too.
  const palomma = createPalommaClient({ token: 'browser-token', baseUrl, validateResponses: 'throw', dangerouslyAllowBrowser: true });
  const body = { customerId: '01HPR57X6QR5ZRKEEKBSDBW4RA', redirectUrl: 'https://merchant.example.com/r', type: 'bankAccount',
    bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' } };
  try {
    const target = await palomma.payoutTargets.create(body);
    const invalid = await palomma.payoutTargets.create({ ...body, type: 'card' }).catch((e) => e);
    document.title = JSON.stringify({ id: target.id, validation: invalid instanceof PalommaValidationError, refused });
  } catch (error) { document.title = 'error: ' + error; }
</script>`;
    const server = await startHttpServer((request, response) => {
      const file = fileFor(request.url ?? '');
      if ((request.url ?? '').split('?')[0] === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      else if (file) response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
      else response.writeHead(404).end();
    });
    const pageOrigin = server.url;
    // The mock answers another site's page only when told to (CORS, without credentials): this page is allowed.
    const [browser, mock] = await Promise.all([launchChromium(), startMockServer({ allowedOrigins: [pageOrigin] })]);
    try {
      const tab = await browser.newPage();
      await tab.goto(`${pageOrigin}/?${mock.url}`);
      await tab.waitForFunction(() => document.title !== '', undefined, { timeout: 15_000 });
      expect(JSON.parse(await tab.title())).toEqual({ id: '01HPR8S7YF43PV3QV16TZDC80P', validation: true, refused: true });
    } finally {
      await browser.close();
      await mock.close();
      await server.close();
    }
  });
});
