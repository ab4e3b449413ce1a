// Starts a Prism mock of openapi.yaml on loopback and resolves once it is listening.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { specPath } from './spec.mjs';

const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');

/** Asks the OS for a free TCP port on loopback. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `prism mock` as a child process. Resolves `{ url, child, close }` when Prism says it is listening;
 * rejects with Prism's own output if it exits or stays silent past `timeoutMs`.
 */
export async function startPrism({
  port,
  host = '127.0.0.1',
  spec = specPath,
  args = [],
  timeoutMs = 30_000,
  onLog,
} = {}) {
  const chosenPort = port || (await freePort(host));
  const child = spawn(process.execPath, [prismBin, 'mock', spec, '-h', host, '-p', String(chosenPort), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = `http://${host}:${chosenPort}`;

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${error.message}\n${output}`));
    };
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      onLog?.(text);
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code) => fail(new Error(`Prism exited with code ${code} before listening`));
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
  });
  if (!onLog) {
    // Keep draining Prism's log so a full pipe never stalls it.
    child.stdout.resume();
    child.stderr.resume();
  }

  const close = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, port: chosenPort, child, close };
}
