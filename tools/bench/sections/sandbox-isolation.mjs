// The sandbox for teams and CI, in process: the cost per call of a merchant per token and of the state file, each
// against the same sandbox without them in the same run, and the state file's size for 10 000 objects.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBundled } from '../bundle.mjs';
import { median } from '../measure.mjs';
import { num, pad } from '../print.mjs';

const customer = (n) => ({ name: 'Pepito Perez', documentType: 'cc', documentNumber: String(1037551022 + n), email: 'pepito@gmail.com', phoneNumber: '3013111111' });

/** A raw API call through the sandbox's fetch: what the sandbox itself costs, with no client on top. */
function caller(sandbox, token) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const origin = 'http://sandbox.palomma.invalid/v0';
  let n = 0;
  return {
    async create() {
      const response = await sandbox.fetch(`${origin}/customers`, { method: 'POST', headers, body: JSON.stringify(customer(n++)) });
      if (response.status !== 200) throw new Error(`createCustomer answered ${response.status}`);
      return (await response.json()).id;
    },
    async retrieve(id) {
      const response = await sandbox.fetch(`${origin}/customers/${id}`, { headers });
      if (response.status !== 200) throw new Error(`getCustomerById answered ${response.status}`);
      await response.arrayBuffer();
    },
  };
}

/** µs per call of `calls` creates then as many retrieves, for each variant, in interleaved rounds (median). */
async function perCall(variants, { calls = 300, rounds = 7 }) {
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, { create: [], retrieve: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, variant] of Object.entries(variants)) {
      await variant.reset();
      const ids = [];
      let start = performance.now();
      for (let i = 0; i < calls; i++) ids.push(await variant.next().create());
      samples[name].create.push(((performance.now() - start) * 1000) / calls);
      start = performance.now();
      for (const id of ids) await variant.owner(id).retrieve(id);
      samples[name].retrieve.push(((performance.now() - start) * 1000) / calls);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, { create: median(s.create.slice(1)), retrieve: median(s.retrieve.slice(1)) }]));
}

/** Fills the base merchant with 10 000 objects: 2 500 each of customers, payout targets, payin links and payout requests. */
async function fill(sandbox, palomma) {
  for (let i = 0; i < 2_500; i++) {
    const { id: customerId } = await palomma.customers.create(customer(i));
    const target = await palomma.payoutTargets.create({
      customerId,
      redirectUrl: 'https://merchant.example.com/r',
      type: 'bankAccount',
      bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' },
    });
    await palomma.payinLinks.create({ customerId, redirectUrl: 'https://merchant.example.com/p', amount: 50_000, type: 'general', availableTypes: ['pse'] });
    await sandbox.control.authorizePayoutTarget(target.id, { outcome: 'active' });
    await palomma.payoutRequests.create({ payoutTargetId: target.id, amount: 5_000 });
  }
}

/** Prints section j) of `npm run bench` (`npm run bench -- sandboxTeams`). */
export async function sandboxIsolationSection() {
  const { createPalommaClient } = await importBundled('src/client/index.ts');
  const { createSandbox } = await import('../../../src/node/sandbox/index.js');
  const scratch = mkdtempSync(join(tmpdir(), 'palomma-bench-state-'));
  const open = [];
  try {
    const make = (options = {}) => {
      const sandbox = createSandbox(options);
      open.push(sandbox);
      return sandbox;
    };
    // One merchant, emptied before each round (so each round runs from 0 to 300 objects, file or not).
    const single = (sandbox) => {
      const call = caller(sandbox, sandbox.token);
      return { next: () => call, owner: () => call, reset: () => sandbox.control.reset() };
    };
    // 100 merchants, made before the rounds (a new token's first call makes its merchant: timed apart below), the
    // calls spread over them in turn; each id is read back by the merchant that made it. They are not emptied:
    // each holds 3 more objects a round.
    const spread = async (sandbox, count = 100) => {
      const merchants = Array.from({ length: count }, (_, i) => sandbox.merchant(`${sandbox.token}.worker-${i}`));
      const calls = merchants.map((m) => caller(sandbox, m.token));
      for (const m of merchants) await m.control.clock();
      const owners = new Map();
      let turn = 0;
      return {
        next() {
          const call = calls[turn++ % count];
          return {
            async create() {
              const id = await call.create();
              owners.set(id, call);
              return id;
            },
          };
        },
        owner: (id) => owners.get(id),
        reset: async () => {},
      };
    };
    const results = await perCall(
      {
        'one merchant (baseline)': single(make()),
        '100 merchants, calls spread': await spread(make()),
        'one merchant, --state-file': single(make({ stateFile: join(scratch, 'small.json') })),
      },
      { rounds: 11 },
    );
    const base = results['one merchant (baseline)'];
    // What a new token's first call costs: making its merchant (state, clock, timeline, faults).
    const fresh = make();
    let begin = performance.now();
    for (let i = 0; i < 200; i++) await fresh.merchant(`${fresh.token}.new-${i}`).control.clock();
    const newMerchantUs = ((performance.now() - begin) * 1000) / 200;
    begin = performance.now();
    for (let i = 0; i < 200; i++) await fresh.merchant(`${fresh.token}.new-${i}`).control.clock();
    const knownMerchantUs = ((performance.now() - begin) * 1000) / 200;
    console.log('\nj) Sandbox for teams and CI, in process: µs per API call through sandbox.fetch (median of 10 interleaved rounds of 300)');
    console.log(`  ${pad('', 40)}${'create'.padStart(9)}${'× base'.padStart(8)}${'retrieve'.padStart(10)}${'× base'.padStart(8)}`);
    for (const [name, r] of Object.entries(results)) {
      console.log(`  ${pad(name, 40)}${num(r.create)}${(r.create / base.create).toFixed(2).padStart(7)}×${num(r.retrieve)}${(r.retrieve / base.retrieve).toFixed(2).padStart(7)}×`);
    }

    // 10 000 objects: the file's size, and what a create costs once the merchant holds that many. Filled in
    // memory, then loaded into a sandbox with a state file (filling it call by call would rewrite the file 12 500 times).
    const plain = make();
    await fill(plain, createPalommaClient({ token: plain.token, fetch: plain.fetch, maxRetries: 0 }));
    const big = make({ stateFile: join(scratch, 'big.json') });
    let start = performance.now();
    await big.control.importState(await plain.control.exportState());
    const loadMs = performance.now() - start;
    const size = statSync(join(scratch, 'big.json')).size;
    start = performance.now();
    const reopened = make({ stateFile: join(scratch, 'big.json') });
    const startMs = performance.now() - start;
    if ((await reopened.control.exportState()).objects.customers?.length !== 2_500) throw new Error('the state file did not load back');
    console.log(`  a new token's first call (its merchant made): ${num(newMerchantUs, 1).trim()} µs; a known token's: ${num(knownMerchantUs, 1).trim()} µs (a control call, GET /clock)`);
    const heavy = await perCall({ 'one merchant, 10 000 objects': { ...single(plain), reset: async () => {} }, 'the same, --state-file': { ...single(big), reset: async () => {} } }, { calls: 50, rounds: 5 });
    const [without, withFile] = Object.values(heavy);
    console.log(`  state file for 10 000 objects (2 500 each of customers, payout targets, payin links, payout requests): ${(size / 1024 / 1024).toFixed(2)} MiB, ${Math.round(size / 10_000)} bytes per object`);
    console.log(`  a create at 10 000 objects: ${num(without.create).trim()} µs without the file, ${num(withFile.create).trim()} µs with it (${(withFile.create / without.create).toFixed(1)}×: the file is rewritten whole)`);
    console.log(`  PUT /state of those 10 000 objects: ${loadMs.toFixed(0)} ms (checked, loaded, written); a sandbox starting on that file: ${startMs.toFixed(0)} ms`);
  } finally {
    for (const sandbox of open) sandbox.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
