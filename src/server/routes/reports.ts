import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { createReportBody, publicReport, reportLink } from '../../shared/decisions.ts';
import { createReportLink, listReportLinks, presentReportLink, revokeReportLink } from '../../domain/reports/report-link.repository.ts';
import { buildReport } from '../../domain/reports/build-report.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const linkParams = z.object({ workspaceId: z.string(), reportId: z.string().uuid() });

/** Shareable "what we heard, what we decided, and why" reports: links per period, revocable. */
export async function reportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];

  r.get('/reports', { schema: { summary: 'Share links of reports', tags, response: { 200: z.array(reportLink), ...errorResponses } } }, async (request) =>
    (await listReportLinks(app.db, requireWorkspace(request).id)).map((row) => presentReportLink(row)),
  );

  r.post(
    '/reports',
    { schema: { summary: 'Create a read-only share link for a month or quarter', tags, body: createReportBody, response: { 201: reportLink, ...errorResponses } } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { row, token } = await createReportLink(app.db, { workspaceId: ws.id, userId: ws.userId, ...request.body });
      return reply.status(201).send(presentReportLink(row, { token, publicUrl: app.config.publicUrl }));
    },
  );

  r.get(
    '/reports/preview',
    { schema: { summary: 'The report of a period, as the share link shows it', tags, querystring: createReportBody, response: { 200: publicReport, ...errorResponses } } },
    async (request) => buildReport(app.db, requireWorkspace(request).id, request.query.periodKind, request.query.period),
  );

  r.post('/reports/:reportId/revoke', { schema: { summary: 'Revoke a share link', tags, params: linkParams, response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    if (!(await revokeReportLink(app.db, ws.id, request.params.reportId))) throw errors.notFound('Report link');
    return { ok: true as const };
  });
}
