// Reads an OpenAPI document (YAML or JSON) as a plain object, and tells documents apart by their content.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from './package-files.js';

/** The document at `path` (default: the package's openapi.yaml), parsed. */
export function readSpec(path: string = specPath): Record<string, any> {
  return parse(readFileSync(path, 'utf8'));
}

/**
 * The SHA-256 (hex) of a parsed document's JSON: the same for two files that parse alike. The generator records it
 * for the spec it compiles validators from, so whoever holds another spec can tell those validators do not fit it.
 */
export function specDigest(spec: unknown): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex');
}
