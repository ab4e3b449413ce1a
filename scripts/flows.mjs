#!/usr/bin/env node
// npm run flows: `palomma flows` from this checkout (its TypeScript built first, into dist/node/cli/flows.js).
import { pathToFileURL } from 'node:url';
import { buildFlowsCli } from './lib/flows-build.mjs';

const { runFlowsCommand } = await import(pathToFileURL(await buildFlowsCli()).href);
process.exitCode = await runFlowsCommand(process.argv.slice(2));
