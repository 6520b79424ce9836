// Sessions live in the database so any number of stateless instances share them and a session can
// be revoked. Pages carry the token in an HttpOnly cookie; API clients send it as a Bearer token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { newToken, tokenHash } from './tokens.ts';
import { findViewerBySession, insertSession, revokeSession } from './session-repository.ts';
import type { Viewer } from './viewer.ts';

export const SESSION_COOKIE = 'hd_session';
const SESSION_DAYS = 14;

export async function startSession(db: Database, personId: string, now: Date): Promise<string> {
  const token = newToken();
  await insertSession(db, tokenHash(token), personId, new Date(now.getTime() + SESSION_DAYS * 86_400_000));
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

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
