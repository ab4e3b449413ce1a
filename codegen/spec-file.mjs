// Reads openapi.yaml, the single source of truth, as a plain object.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const specPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
export const rootDir = fileURLToPath(new URL('../', import.meta.url));

export function readSpec(path = specPath) {
  return parse(readFileSync(path, 'utf8'));
}

export const generatedHeader =
  '// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.\n';
