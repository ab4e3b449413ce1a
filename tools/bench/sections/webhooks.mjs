import { importBundled } from '../bundle.mjs';
import { spec } from '../examples.mjs';
import { microsPerCall } from '../measure.mjs';
import { num, pad } from '../print.mjs';

// Webhook verification per delivery: HMAC check, Base64 and JSON decoding, spec validation.
export async function webhookSection() {
  const { signWebhook, verifyWebhook, importIntegrityKey } = await importBundled('src/webhooks/index.ts');
  const example = Object.values(spec.webhooks['payout-request.update'].post.requestBody.content['application/json'].examples)[0].value;
  const integrityKey = 'bench-integrity-key';
  const headers = await signWebhook({ envelope: example, integrityKey });
  const cryptoKey = await importIntegrityKey(integrityKey);
  const tampered = { ...headers, 'X-Signature': headers['X-Signature'].replace(/^./, (c) => (c === '0' ? '1' : '0')) };
  console.log('\nWebhook verification (µs per delivery, median of 5 rounds)');
  const rows = {
    'valid, key as a string': () => verifyWebhook({ headers, integrityKey }),
    'valid, imported CryptoKey': () => verifyWebhook({ headers, integrityKey: cryptoKey }),
    'tampered signature (rejected)': () => verifyWebhook({ headers: tampered, integrityKey: cryptoKey }).catch(() => {}),
  };
  for (const [name, fn] of Object.entries(rows)) console.log(`  ${pad(name, 32)}${num(await microsPerCall(fn, { ms: 200, warmup: 500 }))} µs`);
}
