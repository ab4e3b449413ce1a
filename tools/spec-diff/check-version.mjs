#!/usr/bin/env node
// Fails when info.version in openapi.yaml differs from version in package.json: the spec and the package are released together.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSpec, rootDir, specPath } from '../../codegen/spec-file.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: specPath },
    package: { type: 'string', default: join(rootDir, 'package.json') },
  },
});

const specVersion = readSpec(values.spec)?.info?.version;
const packageVersion = JSON.parse(readFileSync(values.package, 'utf8')).version;
const show = (version) => (version === undefined ? '(missing)' : String(version));
const spec = basename(values.spec);
const pkg = basename(values.package);

if (specVersion === undefined || String(specVersion) !== packageVersion) {
  console.error(
    `Version mismatch: info.version in ${spec} is ${show(specVersion)} but version in ${pkg} is ${show(packageVersion)}. ` +
      'Set both to the same version.',
  );
  process.exitCode = 1;
} else {
  console.log(`versions match: info.version in ${spec} and version in ${pkg} are both ${packageVersion}`);
}
