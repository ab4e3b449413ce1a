// The README's performance figures are one `npm run bench -- --readme` run: the block between its markers is
// what a run printed (its header, the machine and the load it ran under), written there whole, never by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { begin, end, recordOutput, writeReadmeBlock } from '../../../tools/bench/readme-block.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-bench-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the README's bench block", () => {
  it('holds one whole run: its header first, the machine and its load last', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const from = readme.indexOf(begin);
    expect(from, 'the bench markers').toBeGreaterThan(0);
    const block = readme.slice(from + begin.length, readme.indexOf(end, from)).trim();
    const lines = block.replace(/^```text\n/, '').replace(/\n```$/, '').split('\n');
    expect(lines[0]).toMatch(/^palomma-openapi benchmarks — Node v\d+\.\d+\.\d+, \w+\/\w+$/);
    expect(lines.at(-1)).toMatch(/^\d+ × .+; load average [\d.]+ at the start, [\d.]+ at the end$/);
    // Every section printed its part: a) to j).
    for (const letter of 'abcdefghij') expect(block, `section ${letter})`).toMatch(new RegExp(`^${letter}\\) `, 'm'));
  });

  it('is replaced whole by a run, and a README without the markers is refused', () => {
    const file = join(scratch, 'README.md');
    writeFileSync(file, `# x\n\n${begin}\n\nold figures\n\n${end}\n\nafter\n`);
    writeReadmeBlock(file, 'new figures\nline two\n');
    expect(readFileSync(file, 'utf8')).toBe(`# x\n\n${begin}\n\n\`\`\`text\nnew figures\nline two\n\`\`\`\n\n${end}\n\nafter\n`);
    writeFileSync(file, '# no markers\n');
    expect(() => writeReadmeBlock(file, 'x')).toThrow(/has no bench block/);
  });

  it('records what the sections print, and stops recording', () => {
    const recorded = recordOutput();
    try {
      console.log('a) one', 2);
    } finally {
      recorded.stop();
    }
    console.log('not recorded');
    expect(recorded.text()).toBe('a) one 2');
  });
});
