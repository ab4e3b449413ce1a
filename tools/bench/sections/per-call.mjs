import { benchClients } from '../clients.mjs';
import { requestBody, responseText } from '../examples.mjs';
import { median, microsPerCall } from '../measure.mjs';
import { table } from '../print.mjs';

// a) Per-call cost with a stub transport: every client's fetch answers at once with the spec's example.
export async function perCallSection() {
  const stub = async () =>
    new Response(responseText, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(responseText.length) } });
  const clients = await benchClients({ baseUrl: 'http://127.0.0.1:9/v0', fetch: stub, axiosFetch: true });
  // Rounds interleave the clients, so drift in machine load spreads evenly over them.
  const samples = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
  for (let round = 0; round < 9; round++) {
    for (const [name, call] of Object.entries(clients)) {
      samples[name].push(await microsPerCall(() => call(requestBody), { ms: 150, rounds: 1, warmup: round ? 200 : 3_000 }));
    }
  }
  const results = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  table('a) Per-call cost, stub transport (µs per call, median of 9 interleaved rounds; lower is better)', 'µs/call', results);
  const floor = results['raw fetch + timeout signal'];
  console.log(`  resource method ÷ raw fetch with the same timeout signal: ${(results['palomma, requests validated'] / floor).toFixed(2)}× (goal ≤ 1.10×)`);
}
