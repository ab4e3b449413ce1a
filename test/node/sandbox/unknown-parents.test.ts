// Lists and lookups under a parent (a merchant account's payin settlements) check that the parent exists, and name
// it: 404 where the operation declares one, else 400.
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../src/node/sandbox/index.js';
import { buildRoutes } from '../../../src/node/sandbox/routes.js';
import { spec } from '../../helpers/spec.js';

const open: Sandbox[] = [];
afterEach(() => {
  for (const sandbox of open.splice(0)) {
    expect(sandbox.violations).toEqual([]); // every answer below is one the spec declares
    sandbox.close();
  }
});

async function get(path: string) {
  const sandbox = createSandbox();
  open.push(sandbox);
  const response = await sandbox.fetch(`https://sandbox.api.palomma.com/v0${path}`, { headers: { authorization: `Bearer ${sandbox.token}` } });
  return { status: response.status, body: await response.json() };
}

describe('a parent that does not exist', () => {
  it('is found for every operation under a parent, from the spec: the resource its own retrieve path answers', () => {
    const parents = buildRoutes(spec).routes.filter((route) => route.parents.length).map((route) => [route.operationId, route.parents]);
    expect(parents).toEqual([
      ['listPayinSettlements', [{ param: 'merchantAccountId', resource: 'merchantAccounts' }]],
      ['getPayinSettlementById', [{ param: 'merchantAccountId', resource: 'merchantAccounts' }]],
    ]);
  });

  it('makes a list under it answer 400 naming the parent (the list declares no 404), not an empty page', async () => {
    expect(await get('/merchantAccounts/no-such-account/payinSettlements')).toEqual({
      status: 400,
      body: { message: 'merchantAccountId: no merchant account has the id "no-such-account"' },
    });
    expect(await get('/merchantAccounts/default/payinSettlements')).toEqual({ status: 200, body: { items: [], cursor: null, count: 0 } });
  });

  it('makes a lookup under it answer 404 naming the parent, not the child', async () => {
    expect(await get('/merchantAccounts/no-such-account/payinSettlements/SOME-SETTLEMENT')).toEqual({
      status: 404,
      body: { message: 'merchantAccountId: no merchant account has the id "no-such-account"' },
    });
    expect(await get('/merchantAccounts/default/payinSettlements/SOME-SETTLEMENT')).toEqual({
      status: 404,
      body: { message: 'payinSettlementId: no payin settlement has the id "SOME-SETTLEMENT"' },
    });
  });
});
