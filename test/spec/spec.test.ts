import { describe, expect, it } from 'vitest';
import { lintSpec } from '../../codegen/pipeline.mjs';
import { spec } from '../helpers/spec.js';
import { componentRef, schemaErrors } from '../helpers/schemas.js';

interface Example {
  where: string;
  schema: object;
  value: unknown;
}

// Every example in the spec: media-type `example`/`examples`, and each schema's own `examples` list.
function collectExamples(): Example[] {
  const found: Example[] = [];
  const visitMedia = (where: string, media: { schema?: object; example?: unknown; examples?: Record<string, { value: unknown }> }) => {
    if (!media.schema) return;
    if (media.example !== undefined) found.push({ where, schema: media.schema, value: media.example });
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      found.push({ where: `${where} examples.${name}`, schema: media.schema, value: example.value });
    }
  };
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      for (const [type, media] of Object.entries<any>(operation.requestBody?.content ?? {})) {
        visitMedia(`${method} ${path} request ${type}`, media);
      }
      for (const [status, response] of Object.entries<any>(operation.responses ?? {})) {
        for (const [type, media] of Object.entries<any>(response.content ?? {})) visitMedia(`${method} ${path} ${status}`, media);
      }
    }
  }
  for (const [name, response] of Object.entries<any>(spec.components.responses ?? {})) {
    for (const [type, media] of Object.entries<any>(response.content ?? {})) visitMedia(`responses.${name} ${type}`, media);
  }
  const visitSchema = (where: string, schema: any) => {
    if (!schema || typeof schema !== 'object') return;
    for (const value of schema.examples ?? []) found.push({ where: `${where} examples`, schema, value });
    for (const [key, child] of Object.entries<any>(schema.properties ?? {})) visitSchema(`${where}.${key}`, child);
  };
  for (const [name, schema] of Object.entries<any>(spec.components.schemas)) visitSchema(name, schema);
  return found;
}

describe('openapi.yaml', () => {
  it('lints clean under recommended-strict: 0 errors, 0 warnings', async () => {
    const { ok, output } = await lintSpec({ quiet: true });
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/warning/i);
    expect(ok).toBe(true);
  });

  const examples = collectExamples();

  it('has examples for the request, each response and the schemas', () => {
    expect(examples.filter((e) => e.where.includes('request')).length).toBeGreaterThan(0);
    expect(examples.filter((e) => / 200 /.test(e.where)).length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((e) => e.where.startsWith('responses.')).length).toBe(Object.keys(spec.components.responses).length);
  });

  it.each(examples.map((e) => [e.where, e] as const))('example %s is valid against its schema', (_where, example) => {
    expect(schemaErrors(example.schema, example.value)).toEqual([]);
  });

  it('the validator used here does reject a broken example', () => {
    expect(schemaErrors(componentRef('BankAccount'), { bank: '', accountType: 'current' })).not.toEqual([]);
  });

  it('describes every property of every schema', () => {
    const undescribed: string[] = [];
    for (const [name, schema] of Object.entries<any>(spec.components.schemas)) {
      if (!schema.description) undescribed.push(name);
      for (const [key, property] of Object.entries<any>(schema.properties ?? {})) {
        const target = property.$ref ? spec.components.schemas[property.$ref.split('/').pop()] : property;
        if (!property.description && !target?.description) undescribed.push(`${name}.${key}`);
      }
    }
    expect(undescribed).toEqual([]);
  });
});
