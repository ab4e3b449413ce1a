import { importBundled } from '../bundle.mjs';
import { requestBody, responseBody } from '../examples.mjs';
import { microsPerSyncCall } from '../measure.mjs';
import { num, pad } from '../print.mjs';

// Validation alone, per body.
export async function validationSection() {
  const { requestIssues, responseIssues } = await importBundled('src/client/validation/index.ts');
  const invalid = { ...requestBody, type: 'card', bankAccount: { ...requestBody.bankAccount, bank: '' } };
  console.log('\nValidation alone (µs per body, median of 5 rounds)');
  const rows = {
    'request body, valid': () => requestIssues('POST', '/payoutTargets', { body: requestBody }),
    'request body, 2 problems': () => requestIssues('POST', '/payoutTargets', { body: invalid }),
    'response body (200), valid': () => responseIssues('POST', '/payoutTargets', 200, responseBody),
  };
  for (const [name, fn] of Object.entries(rows)) console.log(`  ${pad(name, 32)}${num(microsPerSyncCall(fn))} µs`);
}
