// One way for tests to run a program: the `palomma` bin (bin/palomma.mjs, which needs `npm run build` first) or any
// node script, with its output collected and a time bound after which it is killed, so no test leaves one behind.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface CliOptions {
  /** Set over process.env; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** What to run instead of the bin: a node script (args follow it), or a whole command line such as `['npm', 'run', …]`. */
  script?: string;
  command?: string[];
  /** Node options placed before the script, e.g. `['--import', 'tsx']`. */
  nodeOptions?: string[];
  /** Killed (SIGKILL) if still running after this long. */
  timeoutMs?: number;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they arrived, interleaved. */
  output: string;
  /** It outlived `timeoutMs` and was killed. */
  timedOut: boolean;
}

export interface RunningCli {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Everything printed so far, stdout and stderr interleaved. */
  output: () => string;
  /** Resolves once the program has ended and its output is read; the exit code is its `code`. */
  done: Promise<CliResult>;
  /** Waits (bounded by `ms`) until the output matches `pattern`; undefined if it never does or the program ends first. */
  waitFor: (pattern: RegExp, ms?: number) => Promise<RegExpExecArray | undefined>;
  /** Kills it (SIGKILL) if it is still running. */
  kill: () => void;
  /**
   * Stops it as a user does (SIGTERM), so it stops what it started (a SIGKILL would leave its Prism running), and
   * kills it if it has not ended 10 s later: for `finally` blocks.
   */
  stop: () => Promise<void>;
}

const binPath = join(process.cwd(), 'bin/palomma.mjs');

/** Starts the program and returns at once; `done` settles when it ends. */
export function spawnCli(args: string[], options: CliOptions = {}): RunningCli {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const [command, ...argv] = options.command
    ? [...options.command, ...args]
    : [process.execPath, ...(options.nodeOptions ?? []), options.script ?? binPath, ...args];
  const child = spawn(command!, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let output = '';
  let timedOut = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), (output += chunk)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => ((stderr += chunk), (output += chunk)));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
    // A grandchild still holding the pipes would keep 'close' from ever coming.
    child.stdout.destroy();
    child.stderr.destroy();
  }, options.timeoutMs ?? 90_000);
  const done = new Promise<CliResult>((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, output, timedOut });
    });
  });
  let ended = false;
  void done.then(
    () => (ended = true),
    () => (ended = true),
  );
  const waitFor = async (pattern: RegExp, ms = 30_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = pattern.exec(output);
      if (match || ended || Date.now() >= deadline) return match ?? undefined;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const late = setTimeout(kill, 10_000);
    await done.catch(() => undefined);
    clearTimeout(late);
  };
  return { child, output: () => output, done, waitFor, kill, stop };
}

/** Runs the program to its end. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return spawnCli(args, options).done;
}
