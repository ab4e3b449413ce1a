// The README's figures are one run's output: `npm run bench -- --readme` runs every section and writes what they
// printed between the README's bench markers, so each figure stands beside the baseline it was measured against.
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';

export const begin = '<!-- bench: the output of one `npm run bench -- --readme` run; do not edit by hand -->';
export const end = '<!-- /bench -->';

/** Collects what `console.log` prints from now on (and still prints it); `text()` is all of it so far. */
export function recordOutput() {
  const lines = [];
  const log = console.log;
  console.log = (...args) => {
    lines.push(args.map(String).join(' '));
    log(...args);
  };
  return { text: () => lines.join('\n'), stop: () => void (console.log = log) };
}

/** The machine the run was made on, and how busy it was when it began and ended (the figures' noise). */
export function machineLine(startLoad) {
  const [cpu] = cpus();
  return `${cpus().length} × ${cpu?.model?.trim() ?? 'unknown CPU'}; load average ${startLoad.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
}

/** Replaces the block between the markers in `readmePath` with `output`; throws if the markers are missing. */
export function writeReadmeBlock(readmePath, output) {
  const readme = readFileSync(readmePath, 'utf8');
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`${readmePath} has no bench block (${begin} … ${end})`);
  const block = `${begin}\n\n\`\`\`text\n${output.trim()}\n\`\`\`\n\n`;
  writeFileSync(readmePath, readme.slice(0, from) + block + readme.slice(to));
}
