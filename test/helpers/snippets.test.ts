// The snippet checker can fail: a wrong call to the package is reported, naming the snippet, and a right one is not.
import { describe, expect, it } from 'vitest';
import { typeCheckSnippets } from './snippets.js';

describe('typeCheckSnippets', () => {
  it('reports a call the package does not accept, and passes the same call written right', async () => {
    const call = (option: string) =>
      `import { createPalommaClient } from 'palomma-openapi';\nexport const palomma = createPalommaClient({ token: 't', ${option} });\n`;
    const output = await typeCheckSnippets([call('maxRetries: 2'), call("maxRetries: 'two'")]);
    expect(output).toMatch(/snippet1\.ts\(2,\d+\): error TS2322/);
    expect(output).not.toMatch(/snippet0\.ts/);
  }, 120_000); // one tsc run over the sources
});
