// Small timing helpers for the benchmark: per-call microseconds, and requests per second under concurrency.

/** Median µs per call of the async `fn`, over `rounds` rounds of `ms` each, after a warm-up. */
export async function microsPerCall(fn, { ms = 400, rounds = 5, warmup = 2_000 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const results = [];
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (let i = 0; i < 200; i++) await fn();
      calls += 200;
    }
    results.push(((performance.now() - start) * 1000) / calls);
  }
  return median(results);
}

/** Median µs per call of a synchronous `fn`. */
export function microsPerSyncCall(fn, { ms = 300, rounds = 5 } = {}) {
  for (let i = 0; i < 20_000; i++) fn();
  const results = [];
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (let i = 0; i < 1_000; i++) fn();
      calls += 1_000;
    }
    results.push(((performance.now() - start) * 1000) / calls);
  }
  return median(results);
}

/** Requests per second with `concurrency` callers looping on `fn` for `ms`. */
export async function requestsPerSecond(fn, { ms = 1_500, concurrency = 8 } = {}) {
  for (let i = 0; i < 200; i++) await fn();
  let done = 0;
  const deadline = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      await fn();
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (done * 1000) / (performance.now() - start);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
