// How the sections print their figures: fixed-width columns, and ratio tables against a baseline row.
export const pad = (text, width) => String(text).padEnd(width);
export const num = (n, digits = 2) => n.toFixed(digits).padStart(9);
export const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`.padStart(10);

// Ratios are value / raw fetch's value: for µs per call lower is better, for req/s higher is better.
export function table(title, unit, results, baseline = 'raw fetch') {
  console.log(`\n${title}`);
  console.log(`  ${pad('client', 32)}${pad(unit, 12)}× raw fetch`);
  for (const [name, value] of Object.entries(results)) {
    console.log(`  ${pad(name, 32)}${num(value, unit === 'req/s' ? 0 : 2)}   ${(value / results[baseline]).toFixed(2)}×`);
  }
}
