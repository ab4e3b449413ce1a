import { ensureBuilt, runPerCallJob } from '../built-package.mjs';
import { requestBody, responseText } from '../examples.mjs';
import { pairTable, table } from '../print.mjs';

const baseUrl = 'http://127.0.0.1:9/v0';
// The stub answers each call with a fresh Response of the spec's example. With its length declared the client lets
// the body through as it is; without (a chunked or compressed reply) it counts the bytes as they arrive.
const replies = {
  'stub, Content-Length declared': true,
  'stub, no Content-Length (chunked, compressed)': false,
};

// a) Per-call cost with a stub transport, so only the client's own work is measured.
export async function perCallSection() {
  ensureBuilt();
  const rows = {};
  for (const [name, lengthDeclared] of Object.entries(replies)) {
    rows[name] = await runPerCallJob({ kind: 'pair', transport: 'stub', baseUrl, requestBody, responseText, lengthDeclared, rounds: 7, calls: 3_000, warmup: 4_000 });
  }
  pairTable(
    'a) Per call, stub transport: palomma.payoutTargets.create(body) with default options (requests validated) against\n' +
      '   raw fetch + AbortSignal.timeout + JSON.stringify + response.json()\n' +
      "   (µs per call, medians of 7 rounds of 3 000-call blocks in ABBA order, after 4 000 warm-up calls a side;\n" +
      "   ratio: median of each round's palomma ÷ raw)",
    rows,
    1.1,
  );
  const clients = await runPerCallJob({ kind: 'clients', transport: 'stub', baseUrl, requestBody, responseText, lengthDeclared: true, rounds: 9, ms: 150 });
  table('   Other clients, same stub (Content-Length declared; µs per call, median of 9 interleaved rounds)', 'µs/call', clients, 'raw fetch + timeout signal');
}
