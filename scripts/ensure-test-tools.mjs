#!/usr/bin/env node
// Before `npm test`: what the tests run besides the repository's own dependencies. Debian's Chromium (browser tests)
// and redis-server (the Redis webhook store), installed with apt-get when missing; Node 22, Node 24, Bun and Deno
// (the runtime matrix), installed from npm into scripts/test-runtimes when missing or not the pinned version.
import { debianTools, ensureDebianTools } from './lib/debian-packages.mjs';
import { ensureRuntimes } from './lib/test-runtimes.mjs';

const debian = ensureDebianTools([debianTools.chromium, debianTools.redis]);
const runtimes = ensureRuntimes();
process.exitCode = debian && runtimes ? 0 : 1;
