// The Prism bugs the guard front exists for, reproduced against a bare Prism of the pinned version (no front): when
// a Prism upgrade fixes one, its test here fails, and the guard (src/node/http/request-shape.ts) can be reconsidered.
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { specPath } from '../../../src/node/package-files.js';
import { freePort, launch, prismCliPath, prismVersion, stopper } from '../../../src/node/prism/process.js';

const installed = (createRequire(import.meta.url)('@stoplight/prism-cli/package.json') as { version: string }).version;
const stops: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(stops.map((stop) => stop())));

async function barePrism() {
  const port = await freePort();
  const { child, exited } = await launch(prismCliPath(), ['mock', specPath, '-h', '127.0.0.1', '-p', String(port)], { timeoutMs: 60_000, onLog: undefined });
  stops.push(stopper(child));
  return { url: `http://127.0.0.1:${port}`, exited };
}

describe(`Prism ${prismVersion} without its front`, () => {
  it('is the version the guards were written against', () => expect(installed).toBe(prismVersion));

  it.each([
    ['a path with broken percent-encoding', (url: string) => fetch(`${url}/customers/%E0%A4%A`, { headers: { authorization: 'Bearer t' } }), /URIError: URI malformed/],
    [
      'a JSON body nested 5 000 levels deep',
      (url: string) => fetch(`${url}/customers`, { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: '['.repeat(5_000) + ']'.repeat(5_000) }),
      /TypeError/,
    ],
  ])('exits on %s', async (_what, send, printed) => {
    const prism = await barePrism();
    await send(prism.url).catch(() => undefined);
    const exit = await Promise.race([prism.exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000))]);
    expect(exit).toMatchObject({ code: 1 });
    expect(exit!.detail).toMatch(printed);
  }, 90_000);
});
