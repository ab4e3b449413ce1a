// How the sections print their figures: fixed-width columns, and ratio tables against a baseline row.
export const pad = (text, width) => String(text).padEnd(width);
export const num = (n, digits = 2) => n.toFixed(digits).padStart(9);
export const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`.padStart(10);

// Ratios are value / the baseline's value: for µs per call lower is better, for req/s higher is better.
export function table(title, unit, results, baseline = 'raw fetch') {
  console.log(`\n${title}`);
  console.log(`  ${pad('client', 32)}${pad(unit, 12)}× ${baseline}`);
  for (const [name, value] of Object.entries(results)) {
    console.log(`  ${pad(name, 32)}${num(value, unit === 'req/s' ? 0 : 2)}   ${(value / results[baseline]).toFixed(2)}×`);
  }
}

/**
 * One row per case, all from the same ABBA run: the raw baseline's µs per call and palomma's (medians of the
 * rounds), and the ratio (the median of the rounds' palomma ÷ raw); then the same ratio of this process's CPU time
 * per call, which other processes' load disturbs less.
 */
export function pairTable(title, rows, goal) {
  console.log(`\n${title}`);
  console.log(`  ${pad('case', 50)}${pad('raw µs', 10)}${pad('palomma µs', 12)}${pad('ratio', 9)}CPU ratio`);
  for (const [name, { wall, cpu }] of Object.entries(rows)) {
    console.log(`  ${pad(name, 50)}${pad(wall.a.toFixed(2), 10)}${pad(wall.b.toFixed(2), 12)}${pad(`${wall.ratio.toFixed(2)}×`, 9)}${cpu.ratio.toFixed(2)}×`);
  }
  console.log(`  goal: ratio ≤ ${goal.toFixed(2)}×`);
}
