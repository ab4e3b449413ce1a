// `palomma flows`: its options (the production server refused however it is spelt, a token required away from
// this machine, workflows checked against the document), and the bin's answer to a bad one. (The installed
// package runs the shipped flows in test/package/consumer.test.ts; test/flows runs them against the sandbox.)
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FlowsUsageError, flowsOptions, workflowIds } from '../../../src/node/cli/flows.js';

const refused = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  try {
    flowsOptions(args, env);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowsUsageError);
    return (error as Error).message;
  }
  throw new Error(`flowsOptions accepted ${args.join(' ')}`);
};

function runBin(args: string[], env: NodeJS.ProcessEnv = {}) {
  // From the source, as the repository's npm scripts run it (the installed bin runs the same from dist/).
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/palomma.mjs', 'flows', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise<{ code: number | null; output: string }>((resolve) => child.once('close', (code) => resolve({ code, output })));
}

describe('palomma flows options', () => {
  it('default to the local sandbox and its public token', () => {
    expect(flowsOptions([], {})).toMatchObject({ api: 'http://127.0.0.1:4020', control: 'http://127.0.0.1:4021', token: 'palomma-sandbox-token', workflows: [] });
  });

  it('take the token from PALOMMA_TOKEN, required for an API away from this machine', () => {
    expect(refused(['--api', 'https://sandbox.api.palomma.com/v0'])).toMatch(/PALOMMA_TOKEN is required .*sandbox\.api\.palomma\.com/);
    expect(flowsOptions(['--api', 'https://sandbox.api.palomma.com/v0', '--workflow', 'errors'], { PALOMMA_TOKEN: 'k' })).toMatchObject({ token: 'k', workflows: ['errors'] });
  });

  it.each(['https://prod.api.palomma.com/v0', 'https://PROD.api.palomma.com./v0', 'http://prod.api.palomma.com:8443'])('refuse the production server: %s', (url) => {
    expect(refused(['--api', url], { PALOMMA_TOKEN: 'k' })).toMatch(/production server/);
    expect(refused(['--control', url], { PALOMMA_TOKEN: 'k' })).toMatch(/production server/);
  });

  it('refuse a workflow the document does not have, an unknown option, a URL with credentials', () => {
    expect(refused(['--workflow', 'payoutFlows'])).toContain(`not a workflow of the flows (${workflowIds().join(', ')})`);
    expect(refused(['--skip', 'nope'])).toContain('"nope" is not a workflow');
    expect(refused(['--tokn', 'x'])).toMatch(/Unknown option '--tokn'/);
    expect(refused(['--api', 'http://user:secret@127.0.0.1:4020'])).toMatch(/must not carry credentials/);
    expect(refused(['--control', 'ftp://127.0.0.1'])).toMatch(/must be http: or https:/);
  });

  it('list the document\'s workflows in --help', () => {
    const help = flowsOptions(['--help']);
    expect(help.help).toBe(true);
    for (const id of workflowIds()) expect(help.usage).toContain(id);
  });
});

describe('palomma flows, as the command line runs it', () => {
  it('exits 2 with the reason for a bad option', async () => {
    const { code, output } = await runBin(['--workflow', 'nope']);
    expect(code).toBe(2);
    expect(output).toContain('palomma flows: "nope" is not a workflow');
  });
});
