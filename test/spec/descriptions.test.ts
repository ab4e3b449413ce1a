// The prose of openapi.yaml and sandbox.yaml flows into the generated JSDoc and the docs pages, so it is held to
// two rules a reader notices at once: no description says one of its paragraphs twice, and two paragraphs never
// run together for want of a blank line between them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Description {
  where: string;
  text: string;
}

/** Every `description` string in a document, with the path to it. */
function descriptionsOf(file: string): Description[] {
  const found: Description[] = [];
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') found.push({ where: `${file} ${where}`, text: value });
      else walk(value, where ? `${where}.${key}` : key);
    }
  };
  walk(parse(readFileSync(join(process.cwd(), file), 'utf8')), '');
  return found;
}

/** The paragraphs of a Markdown text, each as one line with single spaces. */
const paragraphsOf = (text: string) =>
  text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Paragraphs a description says more than once. */
function repeatedParagraphs(text: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const paragraph of paragraphsOf(text)) (seen.has(paragraph) ? repeated : seen).add(paragraph);
  return [...repeated];
}

// The files wrap prose at about 110 characters, so a line that ends a sentence well before that, followed by
// more plain text (not a list item, table row or heading), is the end of a paragraph missing its blank line.
const blockStart = /^\s*([-*+|#>]|\d+\.\s)/;
function runTogether(text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i]!, lines[i + 1]!];
    if (line.trim().length < 80 && /[.!?:]`?\)?$/.test(line.trim()) && next.trim() && !blockStart.test(line) && !blockStart.test(next)) {
      found.push(`${line.trim()} ⏎ ${next.trim()}`);
    }
  }
  return found;
}

const descriptions = [...descriptionsOf('openapi.yaml'), ...descriptionsOf('sandbox.yaml')];

describe('descriptions in openapi.yaml and sandbox.yaml', () => {
  it('are all read: both files have many', () => {
    expect(descriptions.filter((d) => d.where.startsWith('openapi.yaml')).length).toBeGreaterThan(200);
    expect(descriptions.filter((d) => d.where.startsWith('sandbox.yaml')).length).toBeGreaterThan(20);
  });

  it('never repeat one of their own paragraphs', () => {
    expect(descriptions.flatMap((d) => repeatedParagraphs(d.text).map((p) => `${d.where}: ${p}`))).toEqual([]);
  });

  it('keep a blank line between paragraphs', () => {
    expect(descriptions.flatMap((d) => runTogether(d.text).map((p) => `${d.where}: ${p}`))).toEqual([]);
  });

  it('the checks find what they look for', () => {
    expect(repeatedParagraphs('One.\n\nTwo,\nwrapped.\n\nTwo, wrapped.\n')).toEqual(['Two, wrapped.']);
    expect(repeatedParagraphs('One.\n\nTwo.\n')).toEqual([]);
    expect(runTogether('First paragraph.\nSecond paragraph.\n')).toEqual(['First paragraph. ⏎ Second paragraph.']);
    expect(runTogether('A list:\n\n- one\n- two.\n\nDone.\n')).toEqual([]);
  });
});
