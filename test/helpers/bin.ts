// Runs the `palomma` bin (dist/ must be built) as a user would, and finds the processes it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface RunningBin {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Waits (at most `ms`) until the output matches `pattern`; throws with the output otherwise. */
  waitFor: (pattern: RegExp, ms?: number, from?: number) => Promise<RegExpExecArray>;
  stop: () => Promise<void>;
}

export function runBin(args: string[], env: Record<string, string> = {}): RunningBin {
  const child = spawn(process.execPath, ['bin/palomma.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async waitFor(pattern, ms = 30_000, from = 0) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = pattern.exec(output.slice(from));
        if (found) return found;
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no ${pattern} within ${ms} ms; the command printed:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Pids of the live children of `pid` whose command line contains `text` (Linux /proc). */
export function childrenOf(pid: number, text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Resident memory of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
