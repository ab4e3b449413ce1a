// Reads an OpenAPI document (YAML or JSON) as a plain object.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from './package-files.js';

/** The document at `path` (default: the package's openapi.yaml), parsed. */
export function readSpec(path: string = specPath): Record<string, any> {
  return parse(readFileSync(path, 'utf8'));
}
