// Sessions live in the database so any number of stateless instances share them and a session can
// be revoked. Pages carry the token in an HttpOnly cookie; API clients send it as a Bearer token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { newToken, tokenHash } from './tokens.ts';
import { findViewerBySession, insertSession, revokeSession, type SessionLiveness } from './session-repository.ts';
import type { Viewer } from '../shared/viewer.ts';

export const SESSION_COOKIE = 'hd_session';
// ASVS 4.0.3 V3.3.2, level 2: sign in again after 12 hours of use or 30 minutes of inactivity.
// "Keep me signed in" lifts only the idle timeout, to the same 12 hours.
export const SESSION_LIFETIME_HOURS = 12;
export const IDLE_TIMEOUT_MINUTES = 30;
export const KEPT_IDLE_TIMEOUT_HOURS = 12;
const HOUR_MS = 3_600_000;

export interface SessionOptions {
  userAgent?: string | undefined;
  /** Set by a login that still has to ask for the second factor. */
  secondFactorPending?: boolean;
  /** The person ticked "keep me signed in". */
  keepSignedIn?: boolean | undefined;
}

export async function startSession(
  db: Database,
  personId: string,
  now: Date,
  options: SessionOptions = {},
): Promise<string> {
  const token = newToken();
  await insertSession(db, {
    id: tokenHash(token),
    personId,
    startedAt: now,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_HOURS * HOUR_MS),
    ...options,
  });
  return token;
}

/** A session is live at `now` when it was last seen after the idle timeout of its kind began. */
export function livenessAt(now: Date): SessionLiveness {
  return {
    now,
    seenAfter: new Date(now.getTime() - IDLE_TIMEOUT_MINUTES * 60_000),
    keptSeenAfter: new Date(now.getTime() - KEPT_IDLE_TIMEOUT_HOURS * HOUR_MS),
  };
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
  return token ? findViewerBySession(db, tokenHash(token), livenessAt(now)) : null;
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

/** Without "keep me signed in" the cookie ends with the browser session; with it, it lasts the session's lifetime. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, keepSignedIn = false): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    ...(keepSignedIn ? { maxAge: SESSION_LIFETIME_HOURS * 3_600 } : {}),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
