import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { solutionInput } from '../test-support/items.ts';

let h: Harness;
let provider: TestPerson;
let ambassador: TestPerson;

before(async () => {
  h = await startHarness();
  provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Zilverdraad bv'));
  ambassador = await createPerson(h.db, 'ambassador');
});
after(() => h.close());

async function post(person: TestPerson, url: string, payload: unknown) {
  return h.app.inject({ method: 'POST', url, headers: person.auth, payload: payload as object });
}

test('a provider offers a solution that an ambassador publishes into the catalogue', async () => {
  const created = json<{ id: string; status: string }>(await post(provider, '/api/v1/solutions', solutionInput()));
  assert.equal(created.status, 'draft');
  await post(provider, `/api/v1/solutions/${created.id}/transitions`, { action: 'submit' });
  await post(ambassador, `/api/v1/solutions/${created.id}/transitions`, { action: 'publish' });
  const list = json<{ items: { id: string; organisation: { isSme: boolean } }[] }>(
    await h.app.inject({ url: '/api/v1/solutions' }),
  );
  assert.deepEqual(
    list.items.map((s) => s.id),
    [created.id],
  );
  assert.equal(list.items[0]?.organisation.isSme, true);
});

test('rejects a solution with neither a readiness level nor a market stage', async () => {
  const response = await post(provider, '/api/v1/solutions', solutionInput({ trl: undefined }));
  assert.equal(response.statusCode, 400);
  assert.equal(json<{ error: { fields: { field: string }[] } }>(response).error.fields[0]?.field, 'trl');
});

test('rejects a free-for-a-period solution without the number of free months', async () => {
  const response = await post(provider, '/api/v1/solutions', solutionInput({ pricing: 'free_period' }));
  assert.equal(json<{ error: { fields: { field: string }[] } }>(response).error.fields[0]?.field, 'freeMonths');
});

test('rejects a TRL outside 1 to 9', async () => {
  const response = await post(provider, '/api/v1/solutions', solutionInput({ trl: 10 }));
  assert.equal(response.statusCode, 400);
});

test('filters solutions by maturity and pricing', async () => {
  const free = json<{ id: string }>(
    await post(
      provider,
      '/api/v1/solutions',
      solutionInput({
        trl: undefined,
        marketStage: 'pilot',
        pricing: 'free',
        title: 'Gratis pilootplatform voor scholen',
      }),
    ),
  );
  await post(provider, `/api/v1/solutions/${free.id}/transitions`, { action: 'submit' });
  await post(ambassador, `/api/v1/solutions/${free.id}/transitions`, { action: 'publish' });
  const byStage = json<{ items: { id: string }[] }>(await h.app.inject({ url: '/api/v1/solutions?maturity=pilot' }));
  assert.deepEqual(
    byStage.items.map((s) => s.id),
    [free.id],
  );
  const byTrl = json<{ items: { id: string }[] }>(await h.app.inject({ url: '/api/v1/solutions?maturity=trl9' }));
  assert.equal(
    byTrl.items.some((s) => s.id === free.id),
    false,
  );
  const byPricing = json<{ total: number }>(await h.app.inject({ url: '/api/v1/solutions?pricing=free' }));
  assert.equal(byPricing.total, 1);
});

test('an archived solution leaves the default catalogue but stays listed under its status', async () => {
  const created = json<{ id: string }>(
    await post(provider, '/api/v1/solutions', solutionInput({ title: 'Een oplossing die stopt' })),
  );
  await post(provider, `/api/v1/solutions/${created.id}/transitions`, { action: 'archive' });
  const open = json<{ items: { id: string }[] }>(await h.app.inject({ url: '/api/v1/solutions' }));
  assert.equal(
    open.items.some((s) => s.id === created.id),
    false,
  );
  const owned = json<{ status: string }>(
    await h.app.inject({ url: `/api/v1/solutions/${created.id}`, headers: provider.auth }),
  );
  assert.equal(owned.status, 'archived');
});
