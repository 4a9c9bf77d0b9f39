import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { publicReport } from '../../shared/decisions.ts';
import { findLiveReportLink } from '../../domain/reports/report-link.repository.ts';
import { buildReport } from '../../domain/reports/build-report.ts';
import { errors } from '../errors.ts';

const tokenParams = z.object({ token: z.string().min(16).max(100) });

/** The public, read-only report behind a share link (no account; revoked links are gone). */
export async function publicReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/public/reports/:token',
    {
      schema: { summary: 'A shared report', tags: ['reports'], params: tokenParams, response: { 200: publicReport, ...errorResponses } },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      bodyLimit: 1024,
    },
    async (request, reply) => {
      const link = await findLiveReportLink(app.db, request.params.token);
      if (!link) throw errors.notFound('Report');
      void reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
      return buildReport(app.db, link.workspace_id, link.period_kind, link.period_start);
    },
  );
}
