// The OpenAPI document a sandbox serves: a parsed document as it is, or read from a path or file URL.
import { fileURLToPath } from 'node:url';
import type { SpecNode } from '../../spec/document.js';
import { specPath } from '../package-files.js';
import { readSpec } from '../spec-file.js';

/** An OpenAPI document: its path, a file URL, or the document already parsed. */
export type SpecSource = string | URL | Readonly<Record<string, unknown>>;

/** The spec as a plain object (default: the shipped openapi.yaml). */
export function loadSpec(spec: SpecSource = specPath): SpecNode {
  if (spec && typeof spec === 'object' && !(spec instanceof URL)) return spec;
  return readSpec(spec instanceof URL ? fileURLToPath(spec) : String(spec));
}
