import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { invitePreview } from '../../shared/accounts.ts';
import { acceptInvite, findUsableInvite } from '../../domain/accounts/invite.repository.ts';
import { setCurrentWorkspace } from '../../domain/accounts/session.repository.ts';
import { requireAuth } from '../plugins/auth.ts';

const tokenParams = z.object({ token: z.string().min(20).max(100) });

/** The invitation link: anyone with it can see which workspace it is for; a logged-in user accepts it. */
export async function inviteRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/invites/:token',
    { schema: { summary: 'What an invitation link is for', tags: ['workspaces'], params: tokenParams, response: { 200: invitePreview, ...errorResponses } }, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request) => {
      const inv = await findUsableInvite(app.db, request.params.token);
      return { workspaceName: inv.workspaceName, role: inv.role, email: inv.email };
    },
  );
  r.post(
    '/api/invites/:token/accept',
    {
      schema: { summary: 'Join the workspace of an invitation', tags: ['workspaces'], params: tokenParams, response: { 200: z.object({ workspaceId: z.string().uuid(), role: z.string() }), ...errorResponses } },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const joined = await acceptInvite(app.db, { token: request.params.token, userId: auth.userId });
      await setCurrentWorkspace(app.db, auth.sessionId, joined.workspaceId);
      return joined;
    },
  );
}
