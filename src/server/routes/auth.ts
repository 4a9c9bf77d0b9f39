import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { createWorkspaceBody, logInBody, meResponse, signUpBody, switchWorkspaceBody, workspaceSummary } from '../../shared/accounts.ts';
import { signUp } from '../../domain/accounts/sign-up.command.ts';
import { logIn } from '../../domain/accounts/log-in.command.ts';
import { createSession, deleteSession, findSession, setCurrentWorkspace } from '../../domain/accounts/session.repository.ts';
import { findMembership, insertWorkspace, listWorkspacesForUser } from '../../domain/workspaces/workspace.repository.ts';
import { clearSessionCookie, requireAuth, setSessionCookie } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const ok = z.object({ ok: z.literal(true) });

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = app.config.publicUrl.startsWith('https://');

  async function me(request: FastifyRequest) {
    const auth = requireAuth(request);
    const workspaces = await listWorkspacesForUser(app.db, auth.userId);
    return {
      user: { id: auth.userId, email: auth.email, name: auth.name, locale: auth.locale },
      csrfToken: auth.csrfToken,
      currentWorkspaceId: workspaces.some((w) => w.id === auth.currentWorkspaceId) ? auth.currentWorkspaceId : (workspaces[0]?.id ?? null),
      workspaces: workspaces.map((w) => ({ id: w.id, name: w.name, slug: w.slug, role: w.role })),
    };
  }

  r.post(
    '/api/auth/signup',
    {
      schema: { summary: 'Create an account and its first workspace', tags: ['auth'], body: signUpBody, response: { 201: meResponse, ...errorResponses } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { user, workspace } = await signUp(app.db, request.body);
      const session = await createSession(app.db, user.id, workspace.id);
      setSessionCookie(reply, session.token, secure);
      return reply.status(201).send({
        user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
        csrfToken: session.csrfToken,
        currentWorkspaceId: workspace.id,
        workspaces: [{ ...workspace, role: 'owner' as const }],
      });
    },
  );

  r.post(
    '/api/auth/login',
    {
      schema: { summary: 'Log in with e-mail and password', tags: ['auth'], body: logInBody, response: { 200: meResponse, ...errorResponses } },
      // Per address and per IP, so one attacker cannot try many passwords on one account.
      config: {
        rateLimit: {
          max: 10,
          timeWindow: '15 minutes',
          hook: 'preHandler', // after body parsing, so the key can include the e-mail
          keyGenerator: (request: FastifyRequest) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const session = await logIn(app.db, request.body);
      setSessionCookie(reply, session.token, secure);
      request.auth = await findSession(app.db, session.token);
      return me(request);
    },
  );

  r.post('/api/auth/logout', { schema: { summary: 'Log out', tags: ['auth'], response: { 200: ok, ...errorResponses } } }, async (request, reply) => {
    if (request.auth) await deleteSession(app.db, request.auth.sessionId);
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  r.get('/api/auth/me', { schema: { summary: 'The logged-in user, CSRF token and workspaces', tags: ['auth'], response: { 200: meResponse, ...errorResponses } } }, async (request) => me(request));

  r.post(
    '/api/auth/switch-workspace',
    { schema: { summary: 'Make another of your workspaces the current one', tags: ['auth'], body: switchWorkspaceBody, response: { 200: meResponse, ...errorResponses } } },
    async (request) => {
      const auth = requireAuth(request);
      if (!(await findMembership(app.db, request.body.workspaceId, auth.userId))) throw errors.forbidden('You are not a member of this workspace.');
      await setCurrentWorkspace(app.db, auth.sessionId, request.body.workspaceId);
      request.auth = { ...auth, currentWorkspaceId: request.body.workspaceId };
      return me(request);
    },
  );

  r.post(
    '/api/workspaces',
    { schema: { summary: 'Create another workspace (you become its owner)', tags: ['workspaces'], body: createWorkspaceBody, response: { 201: workspaceSummary, ...errorResponses } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const workspace = await app.db.transaction().execute((trx) => insertWorkspace(trx, { name: request.body.name, ownerId: auth.userId }));
      await setCurrentWorkspace(app.db, auth.sessionId, workspace.id);
      return reply.status(201).send({ ...workspace, role: 'owner' as const });
    },
  );
}
