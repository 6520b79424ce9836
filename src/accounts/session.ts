// Sessions live in the database so any number of stateless instances share them and a session can
// be revoked. Pages carry the token in an HttpOnly cookie; API clients send it as a Bearer token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { newToken, tokenHash } from './tokens.ts';
import { findViewerBySession, insertSession, revokeSession } from './session-repository.ts';
import type { Viewer } from './viewer.ts';

export const SESSION_COOKIE = 'hd_session';
const SESSION_DAYS = 14;

export interface SessionOptions {
  userAgent?: string | undefined;
  /** Set by a login that still has to ask for the second factor. */
  secondFactorPending?: boolean;
}

export async function startSession(db: Database, personId: string, now: Date, options: SessionOptions = {}): Promise<string> {
  const token = newToken();
  await insertSession(db, { id: tokenHash(token), personId, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000), ...options });
  return token;
}

export async function endSession(db: Database, viewer: Viewer): Promise<void> {
  await revokeSession(db, viewer.sessionId);
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return bearerToken(request) ?? request.cookies[SESSION_COOKIE];
}

export async function loadViewer(db: Database, request: FastifyRequest, now: Date): Promise<Viewer | null> {
  const token = sessionToken(request);
  return token ? findViewerBySession(db, tokenHash(token), now) : null;
}

/**
 * Sets who makes the request. A session still waiting for its second factor counts as no one, except
 * on the pages that ask for that factor, which read it as the pending viewer.
 */
export async function identifyRequest(db: Database, request: FastifyRequest, now: Date): Promise<void> {
  const viewer = await loadViewer(db, request, now);
  request.viewer = viewer?.secondFactorPending ? null : viewer;
  request.pendingViewer = viewer?.secondFactorPending ? viewer : null;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
