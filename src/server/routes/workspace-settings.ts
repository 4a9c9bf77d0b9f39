import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { changeRoleBody, createdInvite, createInviteBody, createWorkspaceBody, invite, member, workspaceSummary } from '../../shared/accounts.ts';
import { changeMemberRole, listMembers, removeMember } from '../../domain/workspaces/member.repository.ts';
import { createInvite, listOpenInvites, revokeInvite } from '../../domain/accounts/invite.repository.ts';
import { findWorkspace } from '../../domain/workspaces/workspace.repository.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const userParams = z.object({ workspaceId: z.string(), userId: z.string().uuid() });
const inviteParams = z.object({ workspaceId: z.string(), inviteId: z.string().uuid() });
const ok = z.object({ ok: z.literal(true) });

/** Workspace settings: name, members and invitations (registered under /api/w/:workspaceId). */
export async function workspaceSettingsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workspaces'];

  r.get('/', { schema: { summary: 'The workspace', tags, response: { 200: workspaceSummary, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const row = await findWorkspace(app.db, ws.id);
    if (!row) throw errors.notFound('Workspace');
    return { id: row.id, name: row.name, slug: row.slug, role: ws.role };
  });

  r.patch(
    '/',
    { schema: { summary: 'Rename the workspace', tags, body: createWorkspaceBody, response: { 200: workspaceSummary, ...errorResponses } }, config: { minRole: 'owner' } },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.updateTable('workspaces').set({ name: request.body.name }).where('id', '=', ws.id).execute();
      const row = await findWorkspace(app.db, ws.id);
      return { id: ws.id, name: row!.name, slug: row!.slug, role: ws.role };
    },
  );

  r.get('/members', { schema: { summary: 'Members and their roles', tags, response: { 200: z.array(member), ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return (await listMembers(app.db, ws.id)).map((m) => ({ ...m, createdAt: new Date(m.created_at).toISOString() }));
  });

  r.patch(
    '/members/:userId',
    { schema: { summary: "Change a member's role", tags, params: userParams, body: changeRoleBody, response: { 200: ok, ...errorResponses } }, config: { minRole: 'owner' } },
    async (request) => {
      const ws = requireWorkspace(request);
      await changeMemberRole(app.db, { workspaceId: ws.id, userId: request.params.userId, role: request.body.role });
      return { ok: true as const };
    },
  );

  r.delete(
    '/members/:userId',
    { schema: { summary: 'Remove a member', tags, params: userParams, response: { 200: ok, ...errorResponses } }, config: { minRole: 'owner' } },
    async (request) => {
      const ws = requireWorkspace(request);
      await removeMember(app.db, { workspaceId: ws.id, userId: request.params.userId });
      return { ok: true as const };
    },
  );

  r.get('/invites', { schema: { summary: 'Open invitations', tags, response: { 200: z.array(invite), ...errorResponses } }, config: { minRole: 'owner' } }, async (request) => {
    const ws = requireWorkspace(request);
    return (await listOpenInvites(app.db, ws.id)).map((i) => ({
      id: i.id,
      role: i.role,
      email: i.email,
      createdAt: new Date(i.created_at).toISOString(),
      expiresAt: new Date(i.expires_at).toISOString(),
    }));
  });

  r.post(
    '/invites',
    { schema: { summary: 'Invite a teammate by link with a role', tags, body: createInviteBody, response: { 201: createdInvite, ...errorResponses } }, config: { minRole: 'owner' } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const created = await createInvite(app.db, { workspaceId: ws.id, role: request.body.role, email: request.body.email, createdBy: ws.userId });
      return reply.status(201).send({
        id: created.id,
        role: created.role,
        email: created.email,
        createdAt: new Date().toISOString(),
        expiresAt: created.expires_at.toISOString(),
        token: created.token,
        url: `${app.config.publicUrl}/invite/${created.token}`,
      });
    },
  );

  r.delete(
    '/invites/:inviteId',
    { schema: { summary: 'Revoke an invitation', tags, params: inviteParams, response: { 200: ok, ...errorResponses } }, config: { minRole: 'owner' } },
    async (request) => {
      const ws = requireWorkspace(request);
      await revokeInvite(app.db, ws.id, request.params.inviteId);
      return { ok: true as const };
    },
  );
}
