// A real OpenID Connect provider (panva's oidc-provider, the certified implementation) on
// 127.0.0.1 for tests, shaped like the Flemish government's ACM/IDM: scopes "profile" and "vo",
// claims vo_orgcode and a verified e-mail. Its development login form accepts any account id, and
// followLogin plays the browser through it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'helemaal-digitaal';
export const CLIENT_SECRET = 'a-client-secret-for-tests-only-0123456789';
export const REDIRECT_URI = 'http://localhost:3000/login/oidc/callback';

export interface TestProvider {
  issuer: string;
  /** The claims the provider gives for an account id (its subject). */
  accounts: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startTestProvider(): Promise<TestProvider> {
  const accounts = new Map<string, Record<string, unknown>>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      vo: ['vo_orgcode', 'email', 'email_verified'],
    },
    scopes: ['openid', 'profile', 'vo'],
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) }),
    cookies: { keys: ['cookie-key-for-tests-only'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    accounts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A browser's cookie jar for the provider's site. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Follows the provider's redirects from the authorization address, logs in as the account and
 * consents, and returns the address the provider sends the browser back to (the platform's callback).
 */
export async function followLogin(authorizationUrl: string, accountId: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < 12; hop += 1) {
    if (url.href.startsWith(REDIRECT_URI)) return url;
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(response);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      continue;
    }
    url = await submitInteraction(url, await response.text(), accountId, jar);
  }
  throw new Error('the provider did not send the browser back');
}

async function submitInteraction(url: URL, page: string, accountId: string, jar: CookieJar): Promise<URL> {
  const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
  if (!prompt) throw new Error(`unexpected provider page at ${url.href}: ${page.slice(0, 300)}`);
  const body = new URLSearchParams({ prompt, login: accountId, password: 'any' });
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    body,
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
  });
  jar.store(response);
  const location = response.headers.get('location');
  if (!location) throw new Error(`the provider did not accept the ${prompt} step (${response.status})`);
  return new URL(location, url);
}
