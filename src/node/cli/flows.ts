// palomma flows: runs the Arazzo flows the package ships (flows/palomma.arazzo.yaml) with Redocly Respect against
// an API and a sandbox control API, prints Respect's summary, then each failed check by workflow, step and check.
// Redocly's CLI is an optional peer dependency, found in the project that installed this package.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { servers } from '../../../generated/servers.js';
import { isLoopbackHost } from '../../client/internal/loopback.js';
import { createRedactor } from '../../client/internal/redact.js';
import { packageRoot } from '../package-files.js';
import { defaultToken as sandboxToken } from '../sandbox/sandbox.js';
import { normalHostname } from './args.js';
import { describeFailure, workflowResults, type FailedCheck, type WorkflowResult } from './flows-report.js';

/** The Arazzo document, at the package root beside the openapi.yaml and sandbox.yaml it names. */
export const flowsPath = join(packageRoot, 'flows/palomma.arazzo.yaml');
/** The Redocly CLI this package is tested with (Respect runs Arazzo 1.0.1). */
export const redoclyVersion = '2.77.0';

/** Where Redocly's CLI is; a clear Error when the optional peer dependency is missing. */
export function redoclyCliPath(): string {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
  } catch (cause) {
    throw new Error(
      'palomma flows runs the flows with Redocly Respect, from @redocly/cli, an optional peer dependency that is not installed. ' +
        `Install it with: npm install --save-dev @redocly/cli@${redoclyVersion}`,
      { cause },
    );
  }
  return join(dirname(manifest), 'bin/cli.js');
}

/** The workflowIds of an Arazzo document, in its order. */
export function workflowIds(document = flowsPath): string[] {
  const arazzo = parse(readFileSync(document, 'utf8')) as { workflows?: { workflowId: string }[] };
  return (arazzo.workflows ?? []).map((workflow) => workflow.workflowId);
}

export interface FlowsOptions {
  /** The Palomma API: the sandbox's API port, or Palomma's own sandbox. */
  api: string;
  /** The sandbox's control API (the `sandbox` source of the document). */
  control: string;
  /** The API key, the workflows' `token` input. Passed to Respect in its environment, never on a command line. */
  token: string;
  /** Only these workflows (Respect's --workflow); all by default. */
  workflows?: string[];
  /** Leave these out (Respect's --skip). */
  skip?: string[];
  /** Respect's requests and responses in its output too. */
  verbose?: boolean;
  /** The Arazzo document; the shipped one by default. */
  document?: string;
  /** How long the whole run may take, in ms (default 600 000). */
  timeoutMs?: number;
  /** Receives Respect's output as it comes, token masked. Without it the output is only collected. */
  onOutput?: (text: string) => void;
  /** Stops the run: Respect is killed and the promise rejects. */
  signal?: AbortSignal;
}

export interface FlowsResult {
  /** Respect's exit code (0: every workflow passed). */
  exitCode: number | null;
  /** Everything Respect printed, token masked. */
  output: string;
  workflows: WorkflowResult[];
  /** Every failed check of every workflow. */
  failures: FailedCheck[];
  /** Respect's JSON report (its own masking applied, then the token masked again). */
  reportText: string;
}

// Redocly prints a multi-line Node 20 end-of-life banner on every run, which says nothing about the flows, and
// the path of its JSON report, a scratch file removed once it has been read.
const noise = /[║╔╚]|JSON logs saved in/;

/** Runs the flows with `redocly respect` and resolves with what it found. */
export async function runFlows(options: FlowsOptions): Promise<FlowsResult> {
  const { api, control, token, workflows = [], skip = [], verbose = false, document = flowsPath, timeoutMs = 600_000, onOutput, signal } = options;
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-flows-'));
  const reportFile = join(scratch, 'respect.json');
  const args = [redoclyCliPath(), 'respect', document, '--server', `palomma=${api}`, '--server', `sandbox=${control}`, '--json-output', reportFile];
  args.push('--execution-timeout', String(timeoutMs), '--max-fetch-timeout', String(Math.min(timeoutMs, 30_000)));
  for (const id of workflows) args.push('--workflow', id);
  for (const id of skip) args.push('--skip', id);
  if (verbose) args.push('--verbose');
  // Respect's options can come from REDOCLY_CLI_RESPECT_* variables: none is inherited, and the token goes there.
  const env: Record<string, string | undefined> = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('REDOCLY_CLI_RESPECT_')));
  Object.assign(env, { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_CLI_RESPECT_INPUT: JSON.stringify({ token }) });
  const mask = createRedactor(token).text;
  try {
    const { exitCode, output } = await new Promise<{ exitCode: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
      let collected = '';
      const collect = (chunk: Buffer) => {
        const text = mask(chunk.toString()).split('\n').filter((line) => !noise.test(line)).join('\n');
        collected += text;
        onOutput?.(text);
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      // Respect has its own --execution-timeout; this bounds a process that hangs anyway.
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs + 10_000);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('close', (code) => {
        clearTimeout(timer);
        resolve({ exitCode: code, output: collected });
      });
    });
    let reportText = '';
    try {
      reportText = mask(readFileSync(reportFile, 'utf8'));
    } catch {
      // No report: Respect stopped before running anything (a document it refused, say); its output says why.
    }
    const results = reportText ? workflowResults(JSON.parse(reportText)) : [];
    const failures = results.flatMap((result) => result.failed);
    if (exitCode !== 0 && failures.length === 0) {
      failures.push({ workflowId: '-', stepId: '-', check: 'respect', message: `Respect exited with ${exitCode}: ${output.trim().split('\n').slice(-3).join(' ')}` });
    }
    return { exitCode, output, workflows: results, failures, reportText };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const usage = (ids: string[]) => `Usage: palomma flows [options]

Runs the Arazzo flows this package ships (flows/palomma.arazzo.yaml) with Redocly Respect and prints its
summary, then every failed check as workflow › step › check.

  --api <url>           the Palomma API (default http://127.0.0.1:4020, the local sandbox's)
  --control <url>       the sandbox's control API, which plays the customer and the banks
                        (default http://127.0.0.1:4021)
  --workflow <id>       run only this workflow; repeat for more
  --skip <id>           leave this workflow out; repeat for more
  --json-output <file>  write Respect's JSON report there (the token masked)
  --verbose             show every request and response

Workflows: ${ids.join(', ')}.
The API key comes from PALOMMA_TOKEN; for an API on this machine it defaults to the local sandbox's
${sandboxToken}. It reaches Respect through its environment, never a command line, and is masked in
everything printed. Palomma's production server is refused: the flows create customers and move money.
Against Palomma's own sandbox there is no control API: run --workflow errors there.
Needs @redocly/cli (an optional peer dependency): npm install --save-dev @redocly/cli@${redoclyVersion}
Exit code: 0 every workflow passed, 1 a check failed, 2 a usage error.`;

/** A bad command line: the message says which option and why. */
export class FlowsUsageError extends Error {}

/** The command line as runFlows options (`help: true` for --help); throws a FlowsUsageError on a bad option. */
export function flowsOptions(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const ids = workflowIds();
  const fail = (message: string): never => {
    throw new FlowsUsageError(message);
  };
  let values: Record<string, string | boolean | string[] | undefined> = {};
  try {
    ({ values } = parseArgs({
      args,
      options: {
        api: { type: 'string', default: 'http://127.0.0.1:4020' },
        control: { type: 'string', default: 'http://127.0.0.1:4021' },
        workflow: { type: 'string', multiple: true, default: [] },
        skip: { type: 'string', multiple: true, default: [] },
        'json-output': { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) return { help: true as const, usage: usage(ids) };
  const url = (flag: string) => {
    const text = String(values[flag]);
    let parsed: URL | undefined;
    try {
      parsed = new URL(text);
    } catch {
      fail(`--${flag} ${JSON.stringify(text)} is not an absolute URL`);
    }
    if (parsed!.protocol !== 'http:' && parsed!.protocol !== 'https:') fail(`--${flag} must be http: or https:, not ${parsed!.protocol}`);
    if (parsed!.username || parsed!.password) fail(`--${flag} must not carry credentials; the API key comes from PALOMMA_TOKEN`);
    return parsed!;
  };
  const api = url('api');
  const control = url('control');
  const production = normalHostname(new URL(servers.production).hostname);
  for (const [flag, target] of [['api', api], ['control', control]] as const) {
    if (normalHostname(target.hostname) === production) fail(`refusing --${flag} ${target.host}: it is Palomma's production server, where the flows would move real money`);
  }
  for (const id of [...(values.workflow as string[]), ...(values.skip as string[])]) {
    if (!ids.includes(id)) fail(`${JSON.stringify(id)} is not a workflow of the flows (${ids.join(', ')})`);
  }
  const token = env.PALOMMA_TOKEN || (isLoopbackHost(api.hostname) ? sandboxToken : undefined);
  if (!token) fail(`PALOMMA_TOKEN is required for an API that is not on this machine (${api.host})`);
  return {
    help: false as const,
    usage: usage(ids),
    api: api.href.replace(/\/$/, ''),
    control: control.href.replace(/\/$/, ''),
    token: token!,
    workflows: values.workflow as string[],
    skip: values.skip as string[],
    verbose: values.verbose as boolean,
    jsonOutput: values['json-output'] as string | undefined,
  };
}

/** `palomma flows …`: resolves with the exit code. */
export async function runFlowsCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed: ReturnType<typeof flowsOptions>;
  try {
    parsed = flowsOptions(args, env);
  } catch (error) {
    if (!(error instanceof FlowsUsageError)) throw error;
    console.error(`palomma flows: ${error.message}\n\n${usage(workflowIds())}`);
    return 2;
  }
  if (parsed.help) {
    console.log(parsed.usage);
    return 0;
  }
  let result: FlowsResult;
  try {
    result = await runFlows({ ...parsed, onOutput: (text) => process.stdout.write(text) });
  } catch (error) {
    console.error(`palomma flows: ${createRedactor(parsed.token).text((error as Error).message)}`);
    return 2;
  }
  if (parsed.jsonOutput) {
    writeFileSync(parsed.jsonOutput, result.reportText);
    console.log(`Respect's JSON report: ${parsed.jsonOutput}`);
  }
  if (result.failures.length) {
    console.log(`\n${result.failures.length} failed check(s):`);
    for (const failure of result.failures) console.log(`  ✖ ${describeFailure(failure)}`);
  }
  return result.exitCode === 0 && result.failures.length === 0 ? 0 : 1;
}
