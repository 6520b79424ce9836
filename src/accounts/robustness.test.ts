import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startHarness, createOrganisation, createPerson, type Harness } from '../test-support/harness.ts';
import { registration, rowCounts } from './test-fixtures.ts';

let harness: Harness;

before(async () => {
  harness = await startHarness({ authRateLimitPerMinute: 100_000 });
});

after(async () => {
  await harness.close();
});

const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const FIELDS = [
  'name',
  'email',
  'password',
  'locale',
  'organisationMode',
  'enterpriseNumber',
  'organisationName',
  'kind',
  'isSme',
  'website',
  'nisCode',
];

describe('bad input never causes a server error', () => {
  test('answers any malformed registration with a 4xx and changes nothing', async () => {
    const before = await rowCounts(harness.db);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), junk, async (field, value) => {
        const payload = { ...registration({ password: 'x' }), [field]: value };
        const response = await harness.app.inject({ method: 'POST', url: '/api/v1/accounts', payload });
        assert.ok(
          response.statusCode >= 400 && response.statusCode < 500,
          `${response.statusCode} for ${field}=${JSON.stringify(value)}`,
        );
        assert.equal(typeof response.json().error.id, 'string');
      }),
      { numRuns: 60 },
    );
    assert.deepEqual(await rowCounts(harness.db), before);
  });

  test('answers any malformed organisation change with a 4xx', async () => {
    const organisationId = await createOrganisation(harness.db, 'Robuust bv');
    const admin = await createPerson(harness.db, 'admin');
    const fields = [
      'name',
      'kind',
      'isSme',
      'enterpriseNumber',
      'street',
      'postalCode',
      'municipality',
      'nisCode',
      'website',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        junk.filter((v) => typeof v !== 'boolean' && v !== null),
        async (field, value) => {
          const response = await harness.app.inject({
            method: 'PATCH',
            url: `/api/v1/organisations/${organisationId}`,
            headers: admin.auth,
            payload: { [field]: value },
          });
          assert.ok(response.statusCode < 500, `${response.statusCode} for ${field}=${JSON.stringify(value)}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('answers odd login and token input with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, async (email, password) => {
        const login = await harness.app.inject({
          method: 'POST',
          url: '/api/v1/sessions',
          payload: { email, password },
        });
        assert.ok(login.statusCode >= 400 && login.statusCode < 500, String(login.statusCode));
        const confirm = await harness.app.inject({
          method: 'POST',
          url: '/api/v1/password-resets/confirm',
          payload: { token: email, password },
        });
        assert.ok(confirm.statusCode >= 400 && confirm.statusCode < 500, String(confirm.statusCode));
      }),
      { numRuns: 40 },
    );
  });
});
