#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser tests (installing it with apt-get when missing). `npm test`
// runs scripts/ensure-test-tools.mjs, which does this and installs the other tools the tests need.
import { debianTools, ensureDebianTools } from './lib/debian-packages.mjs';

process.exitCode = ensureDebianTools([debianTools.chromium]) ? 0 : 1;
