import { rootDir } from '../../../codegen/spec-file.mjs';
import { describeOperations } from '../../../src/spec/operations.js';
import { spec } from '../examples.mjs';
import { num, pad } from '../print.mjs';
import { typeCheckCost } from '../typecheck-cost.mjs';

// e) Type-check cost of the generated surface: every method called once, against bare openapi-fetch.
export function typeCheckSection() {
  const { palomma, bare, calls } = typeCheckCost(describeOperations(spec), rootDir);
  console.log(`\ne) Type-check of a consumer calling all ${calls} operations (tsc "Check time", median of 3 runs)`);
  console.log(`  ${pad('bare openapi-fetch, same paths', 38)}${num(bare * 1000, 0)} ms   1.00×`);
  console.log(`  ${pad('palomma resource methods', 38)}${num(palomma * 1000, 0)} ms   ${(palomma / bare).toFixed(2)}× (goal ≤ 1.30×)`);
}
