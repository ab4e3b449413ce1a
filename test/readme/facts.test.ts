// What the README states about the package, checked against the package: the errors table lists every error
// class the client exports, the runtime dependencies are package.json's, the paths it names exist, package users
// are shown `npx palomma …` rather than the repository's npm scripts, and the sandbox says it needs Prism.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as client from '../../src/client/index.js';
import * as webhooks from '../../src/webhooks/index.js';
import { prismVersion } from '../../src/node/prism/mock.js';

const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = (heading: string) => readme.split(`\n${heading}\n`)[1]?.split(/\n#{2,3} /)[0] ?? '';
const errorClasses = (entry: Record<string, unknown>) =>
  Object.entries(entry)
    .filter(([name, value]) => /^Palomma\w*Error$/.test(name) && typeof value === 'function')
    .map(([name]) => name);

describe('the README says what the package has', () => {
  it("the client's errors table has a row for every error class the client exports", () => {
    const table = section('### Errors');
    const rows = [...table.matchAll(/^\| `(Palomma\w+Error)` \|/gm)].map((m) => m[1]);
    // The base class is the sentence above the table.
    expect(table).toMatch(/^All errors extend `PalommaError`/m);
    expect(rows.sort()).toEqual(errorClasses(client).filter((name) => name !== 'PalommaError').sort());
  });

  it('the webhook section names every error class palomma-openapi/webhooks exports beyond the client', () => {
    const own = errorClasses(webhooks).filter((name) => !(name in client));
    expect(own.length).toBeGreaterThan(0);
    for (const name of own) expect(section('## Webhooks'), name).toContain(`\`${name}\``);
  });

  it('the runtime dependencies it names are those of package.json, no more and no fewer', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const sentence = /The runtime dependencies are ([^.]+?),? (?:which|with)[\s\S]*?\./.exec(readme)?.[0];
    expect(sentence, 'the sentence naming the runtime dependencies').toBeDefined();
    const named = Object.keys(dependencies).filter((name) => new RegExp(`\\b${name}\\b`).test(sentence!));
    expect(named).toEqual(Object.keys(dependencies));
    expect(readme).not.toMatch(/only runtime dependency/);
  });

  it('every file or folder of the repository it names exists', () => {
    const named = new Set([...readme.matchAll(/(?<![\w./-])((?:src|test|tools|codegen|scripts|generated|docs|api)\/[\w./-]*[\w/])/g)].map((m) => m[1]!));
    const missing = [...named].filter((path) => !path.includes('*') && !existsSync(join(root, path)));
    expect(missing).toEqual([]);
    expect(named.size).toBeGreaterThan(10);
  });

  it("shows package users `npx palomma …`; the repository's npm scripts only where it says so", () => {
    const lines = readme.split('\n');
    const scripts = /npm run (mock|sandbox|webhook:send|contract:proxy)\b/;
    const allScripts = section('## All scripts');
    const offending = lines.filter((line) => scripts.test(line) && !/in this repository/i.test(line) && !allScripts.includes(line));
    expect(offending).toEqual([]);
  });

  it('says the sandbox needs the Prism CLI, and how to install it', () => {
    expect(section('### The sandbox: your whole integration, offline')).toContain(`npm install --save-dev @stoplight/prism-cli@${prismVersion}`);
  });

  it('states the method naming rule the generator applies, with its example', () => {
    expect(readme).toContain('`cancelPayoutTarget` → `payoutTargets.cancel()`');
  });
});
