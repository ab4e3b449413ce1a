// Commands run as a user runs them (the bin, through a shell, through npm exec), their output, and the processes
// they leave: every process started with a test's marker in its environment can be found, and waited for.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';

export interface Launched {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Pids of the live processes started with this launch's marker: it and everything under it. */
  processes: () => number[];
}

/** Runs `command` with a marker in its environment (inherited by every process under it); `detached` leads a group. */
export function launch(command: string, args: string[], { env = {}, detached = false }: { env?: Record<string, string>; detached?: boolean } = {}): Launched {
  const marker = `PALOMMA_TEST_MARK=${randomUUID()}`;
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
    env: { ...process.env, ...env, PALOMMA_TEST_MARK: marker.split('=')[1]! },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited, processes: () => processesWith(marker) };
}

/** `palomma …` from the repository's bin (the build, as the installed package runs it). */
export const palomma = (args: string[], options?: Parameters<typeof launch>[2]) => launch(process.execPath, ['bin/palomma.mjs', ...args], options);

/** Live processes whose environment holds `entry` (Linux /proc; zombies have none left). */
function processesWith(entry: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Polls `probe` every 50 ms until it returns something other than undefined; bounded by `ms`. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** 'refused' when nothing listens on 127.0.0.1:`port`, else 'open'. */
export const portState = (port: number) =>
  new Promise<'refused' | 'open'>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('open');
    });
    socket.once('error', () => resolve('refused'));
  });

/** Whether a process with this pid is alive (signal 0 checks without sending anything). */
export function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
