// Small timing helpers for the benchmark: per-call microseconds, paired A/B figures, requests per second.

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

/** Wall-clock and CPU (this process, all threads) µs per call of `calls` sequential calls of the async `fn`. */
async function timeCalls(fn, calls) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall: (wall * 1000) / calls, cpu: (used.user + used.system) / calls };
}

/**
 * A against B in ABBA order (A B B A, `rounds` times), so drift in the machine's load falls on both alike. A round's
 * figure for a side is the mean of its two blocks. Returns each side's median over the rounds and the median of the
 * rounds' B ÷ A (the pairs measured back to back, which a load that swings between rounds disturbs least), as
 * wall-clock µs per call and as this process's CPU µs per call (which other processes' load disturbs less).
 */
export async function abba(a, b, { rounds = 7, calls = 2_000, warmup = 2_000 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const figures = { a: { wall: [], cpu: [] }, b: { wall: [], cpu: [] } };
  for (let round = 0; round < rounds; round++) {
    const a1 = await timeCalls(a, calls);
    const b1 = await timeCalls(b, calls);
    const b2 = await timeCalls(b, calls);
    const a2 = await timeCalls(a, calls);
    for (const [side, one, two] of [['a', a1, a2], ['b', b1, b2]]) {
      for (const clock of ['wall', 'cpu']) figures[side][clock].push((one[clock] + two[clock]) / 2);
    }
  }
  const summary = (clock) => ({
    a: median(figures.a[clock]),
    b: median(figures.b[clock]),
    ratio: median(figures.b[clock].map((value, round) => value / figures.a[clock][round])),
  });
  return { wall: summary('wall'), cpu: summary('cpu') };
}

/**
 * As {@link abba}, with the ABBA order kept call by call (A B, then B A, …) inside each round, for calls slow enough
 * (a real connection) that timing each one costs nothing measurable: the two sides then share every swing of the
 * machine's load. A round's figure for a side is its mean over the round's calls.
 */
export async function abbaByCall(a, b, { rounds = 7, calls = 300, warmup = 3_000 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const figures = { a: { wall: [], cpu: [] }, b: { wall: [], cpu: [] } };
  const timed = async (fn, sums) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    sums.wall += performance.now() - start;
    const used = process.cpuUsage(cpu);
    sums.cpu += used.user + used.system;
  };
  for (let round = 0; round < rounds; round++) {
    const sums = { a: { wall: 0, cpu: 0 }, b: { wall: 0, cpu: 0 } };
    for (let i = 0; i < calls; i++) {
      const [first, second] = i % 2 ? ['b', 'a'] : ['a', 'b'];
      await timed(first === 'a' ? a : b, sums[first]);
      await timed(second === 'a' ? a : b, sums[second]);
    }
    for (const side of ['a', 'b']) {
      figures[side].wall.push((sums[side].wall * 1000) / calls);
      figures[side].cpu.push(sums[side].cpu / calls);
    }
  }
  const summary = (clock) => ({
    a: median(figures.a[clock]),
    b: median(figures.b[clock]),
    ratio: median(figures.b[clock].map((value, round) => value / figures.a[clock][round])),
  });
  return { wall: summary('wall'), cpu: summary('cpu') };
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
