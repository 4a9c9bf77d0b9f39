import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../db/schema.ts';
import { findSession, SESSION_DAYS } from '../../domain/accounts/session.repository.ts';
import { findMembership, roleAtLeast } from '../../domain/workspaces/workspace.repository.ts';
import { errors } from '../errors.ts';

export const SESSION_COOKIE = 'kb_session';

export interface AuthContext {
  sessionId: string;
  csrfToken: string;
  currentWorkspaceId: string | null;
  userId: string;
  email: string;
  name: string;
  locale: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
    workspace?: { id: string; role: Role };
  }
  interface FastifyContextConfig {
    /** Least role needed on a workspace route; defaults to viewer for reads and editor for writes. */
    minRole?: Role;
    /** Set false only on routes that must accept writes without a session-bound CSRF token. */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the session behind the signed cookie (if any) and enforces the CSRF token on state-changing
 * requests made with that session. Register before any route.
 */
export function registerAuth(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    const session = await findSession(app.db, unsigned.value);
    if (!session) return;
    request.auth = session;
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config?.csrf !== false) {
      if (request.headers['x-csrf-token'] !== session.csrfToken) throw errors.csrf();
    }
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    signed: true,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The logged-in user, or a 401. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw errors.unauthenticated();
  return request.auth;
}

/** The workspace of a /api/w/:workspaceId route, already checked for membership and role. */
export function requireWorkspace(request: FastifyRequest): { id: string; role: Role; userId: string } {
  const auth = requireAuth(request);
  if (!request.workspace) throw errors.forbidden();
  return { ...request.workspace, userId: auth.userId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Scopes every route registered inside it to the workspace in the URL: the caller must be a member
 * with at least the route's role. Non-members get 403 whether or not the workspace exists.
 */
export async function workspaceScope(app: FastifyInstance) {
  // preValidation: a non-member learns nothing, not even whether their body would have been valid.
  app.addHook('preValidation', async (request) => {
    const auth = requireAuth(request);
    const workspaceId = (request.params as { workspaceId?: string }).workspaceId ?? '';
    if (!UUID.test(workspaceId)) throw errors.forbidden('You are not a member of this workspace.');
    const role = await findMembership(app.db, workspaceId, auth.userId);
    if (!role) throw errors.forbidden('You are not a member of this workspace.');
    const min = request.routeOptions.config?.minRole ?? (SAFE_METHODS.has(request.method) ? 'viewer' : 'editor');
    if (!roleAtLeast(role, min)) throw errors.forbidden(`This needs the ${min} role; you are ${role}.`);
    request.workspace = { id: workspaceId, role };
  });
}
