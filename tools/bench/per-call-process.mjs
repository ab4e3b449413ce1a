// One per-call measurement in a process of its own, started by the perCall and loopback sections with plain `node`
// (see run-per-call.mjs): the client is the built package as `import 'palomma-openapi'` resolves it, and no state of
// the bench's other sections (their garbage, their timers) weighs on the figures.
//
// argv[2] is a JSON job: { kind, transport, baseUrl, requestBody, responseText, lengthDeclared, ... }; the result
// is printed as one line of JSON.
import { benchClients, palommaCall, rawCall } from './clients.mjs';
import { abba, abbaByCall, median, microsPerCall, requestsPerSecond } from './measure.mjs';

const job = JSON.parse(process.argv[2]);

/** The stub transport: a fresh Response per call with the spec's example, its length declared or not. */
function stubFetch({ responseText, lengthDeclared }) {
  const headers = { 'content-type': 'application/json', ...(lengthDeclared ? { 'content-length': String(Buffer.byteLength(responseText)) } : {}) };
  return async () => new Response(responseText, { status: 200, headers });
}

const fetch = job.transport === 'stub' ? stubFetch(job) : (input, init) => globalThis.fetch(input, init);
const body = job.requestBody;

async function pair() {
  const raw = rawCall({ baseUrl: job.baseUrl, fetch: job.transport === 'stub' ? fetch : globalThis.fetch });
  const palomma = palommaCall({ baseUrl: job.baseUrl, fetch: job.transport === 'stub' ? fetch : undefined });
  // Over a connection a call takes hundreds of µs: ABBA call by call. On the stub, blocks of calls (timing each
  // call there would add the clock's own cost to both sides, pulling the ratio towards 1).
  const measure = job.transport === 'stub' ? abba : abbaByCall;
  return measure(() => raw(body), () => palomma(body), { rounds: job.rounds, calls: job.calls, warmup: job.warmup });
}

// Rounds interleave the clients, so drift in machine load spreads evenly over them.
async function clients() {
  const calls = benchClients({ baseUrl: job.baseUrl, fetch, axiosFetch: job.transport === 'stub' });
  const samples = Object.fromEntries(Object.keys(calls).map((name) => [name, []]));
  for (let round = 0; round < job.rounds; round++) {
    for (const [name, call] of Object.entries(calls)) {
      samples[name].push(await microsPerCall(() => call(body), { ms: job.ms, rounds: 1, warmup: round ? 200 : 3_000 }));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

async function throughput() {
  const calls = benchClients({ baseUrl: job.baseUrl, fetch });
  const samples = Object.fromEntries(Object.keys(calls).map((name) => [name, []]));
  for (let round = 0; round < job.rounds; round++) {
    for (const [name, call] of Object.entries(calls)) samples[name].push(await requestsPerSecond(() => call(body), { ms: job.ms }));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

const kinds = { pair, clients, throughput };
console.log(JSON.stringify(await kinds[job.kind]()));
