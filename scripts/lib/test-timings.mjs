// `npm test -- --timings`: the slowest test files of a run, from the summary its reporter wrote
// (test/setup/summary-reporter.ts), so where the time goes is one command away.

/**
 * Lines naming the `count` slowest of `files` (`{ file, ms, tests }`, ms being the file's import and tests, wall
 * time), slowest first, with what share of the files' summed time each took.
 * @param {{ file: string, ms: number, tests: number }[]} files
 * @param {number} count
 */
export function slowestFiles(files, count) {
  const total = files.reduce((sum, { ms }) => sum + ms, 0);
  const slowest = [...files].sort((a, b) => b.ms - a.ms || a.file.localeCompare(b.file)).slice(0, count);
  const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
  return [
    `The ${slowest.length} slowest of ${files.length} test files (import and tests, wall time; files run side by side, so the sum, ${(total / 1000).toFixed(0)} s, exceeds the run's):`,
    ...slowest.map(({ file, ms, tests }) => `${seconds(ms)} s ${String(Math.round((100 * ms) / (total || 1))).padStart(3)} %  ${file} (${tests} test${tests === 1 ? '' : 's'})`),
  ];
}
