// The relying party side of the government login (ACM/IDM): authorization code flow with PKCE,
// state and nonce, through openid-client. The provider's metadata is discovered once per process.
import * as client from 'openid-client';
import type { OidcConfig } from '../config.ts';

export const OIDC_SCOPES = 'openid profile vo';

/** What the browser carries between leaving for the provider and coming back, in a signed cookie. */
export interface PendingOidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
}

/** The claims the platform uses, from the ID token and the userinfo endpoint together. */
export interface GovernmentClaims {
  sub: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
  orgCode?: string;
}

const discovered = new Map<string, Promise<client.Configuration>>();

/** Plain http is allowed only for a provider on this machine (tests, local development). */
function isLoopback(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

function configurationFor(config: OidcConfig): Promise<client.Configuration> {
  const key = `${config.issuer} ${config.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    const issuer = new URL(config.issuer);
    const options = isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    configuration = client.discovery(issuer, config.clientId, config.clientSecret, undefined, options);
    // A failed discovery is retried on the next login rather than remembered.
    configuration.catch(() => discovered.delete(key));
    discovered.set(key, configuration);
  }
  return configuration;
}

export async function authorizationRedirect(
  config: OidcConfig,
  next: string,
): Promise<{ url: URL; pending: PendingOidcLogin }> {
  const configuration = await configurationFor(config);
  const pending = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    next,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: config.redirectUri,
    scope: OIDC_SCOPES,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, pending };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Exchanges the code (checking state, nonce and PKCE) and reads the person's claims. */
export async function completeAuthorization(
  config: OidcConfig,
  callbackUrl: URL,
  pending: PendingOidcLogin,
): Promise<GovernmentClaims> {
  const configuration = await configurationFor(config);
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('the provider sent no ID token');
  const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
  const claims: Record<string, unknown> = { ...idClaims, ...userInfo };
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return {
    sub: idClaims.sub,
    email: text(claims.email)?.toLowerCase() ?? text(claims.vo_email)?.toLowerCase(),
    emailVerified: claims.email_verified === true,
    name: text(claims.name) ?? (given || undefined),
    orgCode: text(claims.vo_orgcode),
  };
}
