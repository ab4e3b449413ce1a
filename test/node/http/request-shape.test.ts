// What the fronts refuse before Prism sees it: broken percent-encoding, JSON nested too deep or not JSON.
import { describe, expect, it } from 'vitest';
import { isJsonType, jsonBodyProblem, maxJsonDepth, nestedDeeperThan, percentEncodingProblem } from '../../../src/node/http/request-shape.js';

describe('percentEncodingProblem', () => {
  it.each(['/customers/%E0%A4%A', '/customers/%', '/customers/%zz', '/a%C3', '/%ED%A0%80'])('path %s', (target) =>
    expect(percentEncodingProblem(target)).toMatch(/^path: is not valid percent-encoding/),
  );
  it.each(['/customers?cursor=%E0%A4%A', '/x?%', '/x?a=%zz'])('query %s', (target) => expect(percentEncodingProblem(target)).toMatch(/^query:/));
  it.each(['/customers/abc', '/customers/%C3%A9', '/x?a=%20b+c', '/x?a=1%2F2', '/', '/x?'])('%s passes', (target) =>
    expect(percentEncodingProblem(target)).toBeUndefined(),
  );
});

describe('JSON bodies', () => {
  it('counts nesting outside strings only', () => {
    expect(nestedDeeperThan('['.repeat(65) + ']'.repeat(65), 64)).toBe(true);
    expect(nestedDeeperThan('['.repeat(64) + ']'.repeat(64), 64)).toBe(false);
    expect(nestedDeeperThan(JSON.stringify({ a: '['.repeat(1_000) }), 64)).toBe(false);
    expect(nestedDeeperThan(JSON.stringify({ a: '\\"[[[[' }), 3)).toBe(false);
    expect(nestedDeeperThan('{"a":'.repeat(70) + '1' + '}'.repeat(70), 64)).toBe(true);
  });
  it('names the problem', () => {
    expect(jsonBodyProblem('['.repeat(5_000) + ']'.repeat(5_000))).toBe(`body: is nested deeper than ${maxJsonDepth} levels`);
    expect(jsonBodyProblem('{bad')).toBe('body: is not valid JSON');
    expect(jsonBodyProblem('{"name":"a"}')).toBeUndefined();
    expect(jsonBodyProblem('  ')).toBeUndefined();
  });
  it('knows the JSON types Prism parses', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/merge-patch+json']) expect(isJsonType(type), type).toBe(true);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined, 'application/jsonx']) expect(isJsonType(type), String(type)).toBe(false);
  });
});
