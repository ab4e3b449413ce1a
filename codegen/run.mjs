// Runs a CLI from this project's node_modules/.bin and resolves with its exit code and output.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { rootDir } from './spec-file.mjs';

// Redocly prints a multi-line Node 20 end-of-life banner on every run; it says nothing about our spec.
const noise = /[║╔╚]|^\s*$/;

/** The environment every tool run gets: no usage telemetry leaves this machine, no update notice clutters output. */
export const toolEnv = () => ({ ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' });

/**
 * Sets process `pid`'s CPU priority (0 normal to 19 lowest), behind work that must finish first; false where the
 * system refuses (raising a priority back needs a privilege on some systems).
 */
export function renice(pid, niceness) {
  try {
    setPriority(pid, niceness);
    return true;
  } catch {
    return false;
  }
}

/** `niceness` (0 to 19) runs the tool at a lower CPU priority, behind work that must finish first. */
export function runBin(name, args, { quiet = false, niceness = 0 } = {}) {
  const child = spawn(join(rootDir, 'node_modules', '.bin', name), args, {
    cwd: rootDir,
    env: toolEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (niceness) renice(child.pid, niceness);
  return toolResult(child, { quiet });
}

/**
 * Resolves `{ code, output }` once the tool process `child` (stdout and stderr piped) has ended: its output minus
 * Redocly's banner, also printed unless `quiet`.
 */
export function toolResult(child, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk) => {
      const text = chunk
        .toString()
        .split('\n')
        .filter((line) => !noise.test(line))
        .join('\n');
      if (!text) return;
      output += `${text}\n`;
      if (!quiet) process.stdout.write(`${text}\n`);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
