import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { responseDetail, responseList, responseListQuery, type ResponseDetail, type ResponseSummary } from '../../shared/distribution.ts';
import { deleteResponse, findResponse, findSurveyDefinition, listResponses, responseChannels, type ResponseFilter } from '../../domain/responses/response-list.repository.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });
const responseParams = surveyParams.extend({ responseId: z.string().uuid() });
const ok = z.object({ ok: z.literal(true) });

function iso(d: Date | string | null): string | null {
  return d === null ? null : new Date(d).toISOString();
}

/** Query-string filters as repository filters; a date-only "to" includes that whole day. */
export function responseFilter(q: { from?: string; to?: string; status?: 'partial' | 'complete'; channel?: string; language?: string; question?: string; value?: string }): ResponseFilter {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const to = q.to ? new Date(day.test(q.to) ? new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000 : q.to) : undefined;
  return { from: q.from ? new Date(day.test(q.from) ? `${q.from}T00:00:00Z` : q.from) : undefined, to, status: q.status, channel: q.channel, language: q.language, question: q.question, value: q.value };
}

function presentSummary(r: {
  id: string;
  status: 'partial' | 'complete';
  channel: string;
  language: string | null;
  version: number;
  customer_id: string | null;
  invitation_id: string | null;
  answers: Record<string, unknown>;
  started_at: Date;
  completed_at: Date | null;
}): ResponseSummary {
  return {
    id: r.id,
    status: r.status,
    channel: r.channel,
    language: r.language,
    version: r.version,
    customerId: r.customer_id,
    invitationId: r.invitation_id,
    answers: r.answers ?? {},
    startedAt: iso(r.started_at)!,
    completedAt: iso(r.completed_at),
  };
}

/** The responses of a survey: list with filters and pages, one in full, delete. Under /api/w/:workspaceId. */
export async function responseRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['responses'];

  r.get(
    '/surveys/:surveyId/responses',
    { schema: { summary: 'Responses, newest first, filtered by date, completion, channel and an answer', tags, params: surveyParams, querystring: responseListQuery, response: { 200: responseList, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const { surveyId } = request.params;
      if (!(await findSurveyDefinition(app.db, ws.id, surveyId))) throw errors.notFound('Survey');
      const q = request.query;
      const { items, total } = await listResponses(app.db, ws.id, surveyId, responseFilter(q), { page: q.page, pageSize: q.pageSize });
      return { items: items.map(presentSummary), total, page: q.page, pageSize: q.pageSize, channels: await responseChannels(app.db, ws.id, surveyId) };
    },
  );

  r.get(
    '/surveys/:surveyId/responses/:responseId',
    { schema: { summary: 'One response in full', tags, params: responseParams, response: { 200: responseDetail, ...errorResponses } } },
    async (request): Promise<ResponseDetail> => {
      const ws = requireWorkspace(request);
      const row = await findResponse(app.db, ws.id, request.params.surveyId, request.params.responseId);
      if (!row) throw errors.notFound('Response');
      return {
        ...presentSummary(row),
        updatedAt: iso(row.updated_at)!,
        currentPage: row.current_page,
        metadata: row.metadata ?? {},
        customer: row.customer_id ? { id: row.customer_id, email: row.customer_email, name: row.customer_name } : null,
      };
    },
  );

  r.delete('/surveys/:surveyId/responses/:responseId', { schema: { summary: 'Delete one response', tags, params: responseParams, response: { 200: ok, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    if (!(await deleteResponse(app.db, ws.id, request.params.surveyId, request.params.responseId))) throw errors.notFound('Response');
    return { ok: true as const };
  });
}
