// Rate limits key on the real client address: X-Forwarded-For counts only when it comes from a proxy
// named in TRUST_PROXY (off by default), so rotating that header from one address bypasses nothing,
// and RATE_LIMIT_ALLOW_LIST exempts an address on every limit, the public read API included.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createPerson, type Harness } from '../test-support/harness.ts';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { seal, deriveKey } from '../accounts/secret-box.ts';
import { loadConfig } from '../config.ts';

const LIMIT = 3;
const WRONG_LOGIN = { email: 'niemand@voorbeeld.be', password: 'not the right password' };
let forwardedCounter = 0;

/** A different made-up client address on every call, as an attacker would rotate them. */
function forwarded(): Record<string, string> {
  forwardedCounter += 1;
  return { 'x-forwarded-for': `198.51.${Math.floor(forwardedCounter / 250)}.${forwardedCounter % 250}` };
}

/** Statuses of `count` requests sent one after another. */
async function statuses(count: number, send: () => Promise<{ statusCode: number }>): Promise<number[]> {
  const found: number[] = [];
  for (let i = 0; i < count; i += 1) found.push((await send()).statusCode);
  return found;
}

const limitedLast = (found: number[]) =>
  found.slice(0, LIMIT).every((s) => s !== 429) && found.slice(LIMIT).every((s) => s === 429);

describe('without TRUST_PROXY, a rotating X-Forwarded-For bypasses no limit', () => {
  let h: Harness;
  let mailbox: Mailbox;

  before(async () => {
    mailbox = await startMailbox();
    h = await startHarness(
      { authRateLimitPerMinute: LIMIT, anonymousApiRateLimitPerMinute: LIMIT, baseUrl: 'http://hd.test' },
      mailbox.mailer,
    );
  });
  after(async () => {
    await h.close();
    await mailbox.close();
  });

  test('login attempts are counted per connecting address whatever X-Forwarded-For says', async () => {
    const found = await statuses(LIMIT + 2, () =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        remoteAddress: '192.0.2.10',
        headers: forwarded(),
        payload: WRONG_LOGIN,
      }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
  });

  test('registrations are counted per connecting address whatever X-Forwarded-For says', async () => {
    const found = await statuses(LIMIT + 2, () =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/accounts',
        remoteAddress: '192.0.2.11',
        headers: forwarded(),
        payload: {},
      }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
  });

  test('one address cannot have more than the limit of password-reset mails sent per minute by rotating X-Forwarded-For', async () => {
    const person = await createPerson(h.db, 'member');
    const found = await statuses(30, () =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/password-resets',
        remoteAddress: '192.0.2.12',
        headers: forwarded(),
        payload: { email: person.email },
      }),
    );
    assert.equal(found.filter((s) => s === 202).length, LIMIT);
    assert.equal(found.filter((s) => s === 429).length, 30 - LIMIT);
    for (let i = 0; i < LIMIT; i += 1) await mailbox.next(person.email);
    assert.equal(mailbox.to(person.email).length, LIMIT);
  });

  test('second-factor codes are counted per connecting address whatever X-Forwarded-For says', async () => {
    const ambassador = await createPerson(h.db, 'ambassador');
    const sealed = seal(deriveKey(h.services.config.secretKey), 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', ambassador.id);
    await h.db
      .updateTable('people')
      .set({ totp_secret: sealed, totp_enabled_at: new Date() })
      .where('id', '=', ambassador.id)
      .execute();
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      remoteAddress: '192.0.2.13',
      payload: { email: ambassador.email, password: 'correct horse battery staple' },
    });
    assert.equal(login.statusCode, 201, login.body);
    assert.equal(login.json().secondFactorRequired, true);
    const headers = () => ({ ...forwarded(), authorization: `Bearer ${login.json().token as string}` });
    const found = await statuses(LIMIT + 2, () =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/sessions/current/second-factor',
        remoteAddress: '192.0.2.13',
        headers: headers(),
        payload: { code: '000000' },
      }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
  });

  test('the anonymous public API limit is counted per connecting address whatever X-Forwarded-For says', async () => {
    const found = await statuses(LIMIT + 2, () =>
      h.app.inject({ url: '/api/v1/challenges', remoteAddress: '192.0.2.14', headers: forwarded() }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
  });
});

describe('with TRUST_PROXY naming the proxy, the forwarded client address is used', () => {
  let h: Harness;

  before(async () => {
    // Fastify's inject connects from 127.0.0.1: that is the proxy here.
    h = await startHarness({
      authRateLimitPerMinute: LIMIT,
      anonymousApiRateLimitPerMinute: LIMIT,
      trustProxy: ['127.0.0.1'],
    });
  });
  after(() => h.close());

  test('each forwarded client address gets its own login limit behind a trusted proxy', async () => {
    const client = { 'x-forwarded-for': '203.0.113.7' };
    const found = await statuses(LIMIT + 1, () =>
      h.app.inject({ method: 'POST', url: '/api/v1/sessions', headers: client, payload: WRONG_LOGIN }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
    const other = await h.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { 'x-forwarded-for': '203.0.113.8' },
      payload: WRONG_LOGIN,
    });
    assert.equal(other.statusCode, 401);
  });

  test('each forwarded client address gets its own anonymous API limit behind a trusted proxy', async () => {
    const found = await statuses(LIMIT + 1, () =>
      h.app.inject({ url: '/api/v1/solutions', headers: { 'x-forwarded-for': '203.0.113.9' } }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
    assert.equal(
      (await h.app.inject({ url: '/api/v1/solutions', headers: { 'x-forwarded-for': '203.0.113.10' } })).statusCode,
      200,
    );
  });

  test('a forwarded address from a connection that is not the trusted proxy is ignored', async () => {
    const found = await statuses(LIMIT + 1, () =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        remoteAddress: '192.0.2.20',
        headers: forwarded(),
        payload: WRONG_LOGIN,
      }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
  });
});

describe('with TRUST_PROXY as a hop count, the address the nearest proxy saw is used', () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({ authRateLimitPerMinute: LIMIT, trustProxy: 1 });
  });
  after(() => h.close());

  test("addresses a client puts in front of the proxy's entry are ignored", async () => {
    const headers = () => ({ 'x-forwarded-for': `${forwarded()['x-forwarded-for']}, 203.0.113.60` });
    const found = await statuses(LIMIT + 1, () =>
      h.app.inject({ method: 'POST', url: '/api/v1/sessions', headers: headers(), payload: WRONG_LOGIN }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
    const other = await h.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { 'x-forwarded-for': '203.0.113.61' },
      payload: WRONG_LOGIN,
    });
    assert.equal(other.statusCode, 401);
  });
});

describe('RATE_LIMIT_ALLOW_LIST', () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({
      authRateLimitPerMinute: LIMIT,
      anonymousApiRateLimitPerMinute: LIMIT,
      rateLimitAllowList: ['10.20.30.40'],
    });
  });
  after(() => h.close());

  test('an allowed address is exempt from the anonymous public API limit too', async () => {
    const found = await statuses(LIMIT + 3, () =>
      h.app.inject({ url: '/api/v1/challenges', remoteAddress: '10.20.30.40' }),
    );
    assert.deepEqual(found, Array(LIMIT + 3).fill(200));
  });

  test('an allowed address is exempt from the login limit', async () => {
    const found = await statuses(LIMIT + 2, () =>
      h.app.inject({ method: 'POST', url: '/api/v1/sessions', remoteAddress: '10.20.30.40', payload: WRONG_LOGIN }),
    );
    assert.deepEqual(found, Array(LIMIT + 2).fill(401));
  });

  test('claiming an allowed address in X-Forwarded-For exempts nobody', async () => {
    const found = await statuses(LIMIT + 1, () =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        remoteAddress: '192.0.2.30',
        headers: { 'x-forwarded-for': '10.20.30.40' },
        payload: WRONG_LOGIN,
      }),
    );
    assert.ok(limitedLast(found), `statuses ${found.join(', ')}`);
  });
});

describe('TRUST_PROXY configuration', () => {
  test('is off by default, and takes a hop count or a list of proxy addresses and networks', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '' }).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '0' }).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1' }).trustProxy, [
      '10.0.0.5',
      '192.168.0.0/16',
      '::1',
    ]);
  });

  test('refuses to trust every sender, and anything that is no address, with a clear message', () => {
    assert.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY/);
    assert.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.300' }), /TRUST_PROXY.*10\.0\.0\.300/);
    assert.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY/);
  });
});
