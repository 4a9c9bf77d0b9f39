import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { invitationList, publicInvitation, sendInvitationsBody, sendInvitationsResult, sendRemindersBody, sendRemindersResult } from '../../shared/distribution.ts';
import { findInvitationByToken, listInvitations, markInvitationOpened } from '../../domain/invitations/invitation.repository.ts';
import { presentInvitation } from '../../domain/invitations/invitation.presenter.ts';
import { INVITATION_JOB, sendInvitations, sendReminders } from '../../domain/invitations/send-invitations.command.ts';
import { deliverInvitation } from '../../domain/invitations/deliver-invitation.job.ts';
import { resolveInvitationToken } from '../../domain/invitations/resolve-invitation.ts';
import { registerInvitationResolver } from '../../domain/responses/invitation-resolver.ts';
import { findSurveyDefinition } from '../../domain/responses/response-list.repository.ts';
import { registerJobHandler } from '../../jobs/job-runner.ts';
import { messagePage, pageLanguage } from './unsubscribe.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });
const tokenParams = z.object({ token: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/, 'is not an invitation link') });

registerJobHandler(INVITATION_JOB, async (payload, ctx) => {
  await deliverInvitation(payload, ctx);
});
registerInvitationResolver(resolveInvitationToken);

/** Personal invitations of a survey: list with status, send, remind. Under /api/w/:workspaceId. */
export async function invitationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['invitations'];

  r.get('/surveys/:surveyId/invitations', { schema: { summary: 'Invitations of the survey with their status and counts', tags, params: surveyParams, response: { 200: invitationList, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    if (!(await findSurveyDefinition(app.db, ws.id, request.params.surveyId))) throw errors.notFound('Survey');
    const rows = await listInvitations(app.db, ws.id, request.params.surveyId);
    const counts = { total: rows.length, pending: 0, queued: 0, sent: 0, reminded: 0, opened: 0, started: 0, responded: 0, unsubscribed: 0 };
    for (const row of rows) counts[row.status]++;
    return { items: rows.map(presentInvitation), counts };
  });

  r.post(
    '/surveys/:surveyId/invitations/send',
    { schema: { summary: 'E-mail the invitations not sent yet (skips unsubscribed customers)', tags, params: surveyParams, body: sendInvitationsBody, response: { 200: sendInvitationsResult, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return sendInvitations(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, secret: app.config.sessionSecret, customerIds: request.body.customerIds });
    },
  );

  r.post(
    '/surveys/:surveyId/invitations/remind',
    { schema: { summary: 'E-mail a reminder to invited customers who have not responded', tags, params: surveyParams, body: sendRemindersBody, response: { 200: sendRemindersResult, ...errorResponses } } },
    async (request) => sendReminders(app.db, { workspaceId: requireWorkspace(request).id, surveyId: request.params.surveyId }),
  );
}

/** The personal link (/i/:token) and the API the public survey page asks about it. No account. */
export async function publicInvitationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limit = { rateLimit: { max: 60, timeWindow: '1 minute' } };

  r.get('/i/:token', { schema: { hide: true, params: tokenParams }, config: limit }, async (request, reply) => {
    const lang = pageLanguage(request);
    const inv = await findInvitationByToken(app.db, request.params.token);
    if (!inv) return messagePage(reply, 404, lang, 'invitationUnknown');
    await markInvitationOpened(app.db, inv.id);
    if (inv.responded) return messagePage(reply, 409, inv.language === 'en' ? 'en' : lang, 'alreadyResponded');
    return reply.header('cache-control', 'no-store').redirect(`/s/${encodeURIComponent(inv.slug)}?t=${encodeURIComponent(request.params.token)}&lang=${inv.language}`, 302);
  });

  r.get(
    '/api/public/invitations/:token',
    { schema: { summary: 'What a personal link is for (survey, language, already answered)', tags: ['public surveys'], params: tokenParams, response: { 200: publicInvitation, ...errorResponses } }, config: limit },
    async (request) => {
      const inv = await findInvitationByToken(app.db, request.params.token);
      if (!inv) throw errors.notFound('Invitation');
      return { surveySlug: inv.slug, language: inv.language === 'en' ? ('en' as const) : ('nl' as const), name: inv.customer_name, responded: inv.responded };
    },
  );
}
