// Package hygiene: the licence file says what package.json says, the Node range is the one the README states,
// and Redocly's usage telemetry is off wherever it runs (every script's tool runs, and CI).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolEnv } from '../../codegen/run.mjs';

const read = (file: string) => readFileSync(join(process.cwd(), file), 'utf8');
const manifest = JSON.parse(read('package.json'));

describe('package hygiene', () => {
  it('ships an MIT LICENSE, matching package.json', () => {
    expect(manifest.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} .+\n\nPermission is hereby granted, free of charge/);
  });

  it('asks for the Node version the README states', () => {
    expect(manifest.engines).toEqual({ node: '>=20.19' });
    expect(read('README.md')).toContain('Node 20 (≥ 20.19) and npm');
  });

  it('turns Redocly telemetry off for every tool run and in CI', () => {
    expect(toolEnv()).toMatchObject({ REDOCLY_TELEMETRY: 'off' });
    expect(read('.ci/run')).toMatch(/^export REDOCLY_TELEMETRY=off$/m);
  });
});
