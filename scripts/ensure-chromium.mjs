#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser tests (installing it with apt-get when missing), before `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${path} does not exist; point it at a Chromium binary or unset it to use Debian's.`);
  process.exit(1);
}
if (!existsSync('/usr/bin/apt-get')) {
  console.error('The browser tests need Chromium: install it, then set CHROMIUM_PATH to its binary.');
  process.exit(1);
}
const asRoot = process.getuid?.() === 0;
const run = (args) =>
  execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
console.log("Chromium is missing: installing Debian's chromium package for the browser tests (apt-get)…");
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
} catch (error) {
  console.error(`Could not install Chromium with apt-get (${error.message}). Install Debian's chromium package, or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log(`Chromium installed at ${path}.`);
