import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import {
  saveSegmentationBody,
  segmentation,
  segmentationListItem,
  segmentationRun,
  segmentComparison,
  segmentItemsResponse,
  startedRun,
  startSegmentationRunBody,
  updateSegmentationBody,
} from '../../shared/segments.ts';
import { segmentItems } from '../../domain/segments/segment-items.ts';
import { completeSurveyResponses, loadSegmentSurvey } from '../../domain/segments/segment-survey.repository.ts';
import { cancelSegmentationRun, loadSegmentationRun, startSegmentationRun, stopSegmentationRuns } from '../../domain/segments/run-segmentation.command.ts';
import { saveSegmentation } from '../../domain/segments/save-segmentation.command.ts';
import { customerSegments, deleteSegmentation, listSegmentations, requireSegmentation, segmentSizes, updateSegmentation } from '../../domain/segments/segmentation.repository.ts';
import { presentRun, presentSegmentation, presentSegmentationListItem } from '../../domain/segments/segmentation.presenter.ts';
import { compareSegments } from '../../domain/segments/compare-segments.ts';
import { segmentationCsv } from '../../domain/segments/segment-export.ts';
import { findCustomer } from '../../domain/contacts/customer.repository.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });
const runParams = z.object({ workspaceId: z.string(), runId: z.string().uuid() });
const segmentationParams = z.object({ workspaceId: z.string(), segmentationId: z.string().uuid() });
const customerParams = z.object({ workspaceId: z.string(), customerId: z.string().uuid() });
const listQuery = z.object({ surveyId: z.string().uuid().optional() });
const ok = z.object({ ok: z.literal(true) });
const customerSegment = z.object({
  segmentationId: z.string(),
  segmentationName: z.string(),
  responseId: z.string(),
  segment: z.number().int(),
  label: z.string(),
  probability: z.number(),
});

/** Segments: find latent classes in a survey's answers, save them, compare and export (under /api/w/:workspaceId). */
export async function segmentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['segments'];
  app.addHook('onClose', async () => stopSegmentationRuns(app.db));

  r.get(
    '/surveys/:surveyId/segment-items',
    { schema: { summary: 'The categorical questions a segmentation can use, with the suggested ones', tags, params: surveyParams, response: { 200: segmentItemsResponse, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const survey = await loadSegmentSurvey(app.db, ws.id, request.params.surveyId);
      const responses = await completeSurveyResponses(app.db, ws.id, survey.id);
      return { surveyId: survey.id, surveyName: survey.name, responses: responses.length, items: segmentItems(survey.questions, responses.map((x) => x.answers)) };
    },
  );

  r.post(
    '/segmentation-runs',
    { schema: { summary: 'Start fitting segments (K = 1..8) in the background; poll the run for progress', tags, body: startSegmentationRunBody, response: { 202: startedRun, ...errorResponses } } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await startSegmentationRun(app.db, { workspaceId: ws.id, userId: ws.userId, ...request.body });
      return reply.status(202).send({ id, status: 'running' as const });
    },
  );

  r.get(
    '/segmentation-runs/:runId',
    { schema: { summary: 'A segmentation run: status, progress 0..1 and, when done, the model comparison and segment cards', tags, params: runParams, response: { 200: segmentationRun, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return presentRun(await loadSegmentationRun(app.db, ws.id, request.params.runId));
    },
  );

  r.post(
    '/segmentation-runs/:runId/cancel',
    { schema: { summary: 'Cancel a running segmentation run', tags, params: runParams, response: { 200: startedRun, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const status = await cancelSegmentationRun(app.db, ws.id, request.params.runId);
      return { id: request.params.runId, status: status as 'running' | 'done' | 'failed' | 'cancelled' };
    },
  );

  r.post(
    '/segmentations',
    { schema: { summary: "Save a run's K-segment model: assigns every respondent and labels linked customers", tags, body: saveSegmentationBody, response: { 201: segmentation, ...errorResponses } } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await saveSegmentation(app.db, { workspaceId: ws.id, userId: ws.userId, ...request.body });
      const row = await requireSegmentation(app.db, ws.id, id);
      const sizes = await segmentSizes(app.db, ws.id, [id]);
      return reply.status(201).send(presentSegmentation(row, sizes.get(id)));
    },
  );

  r.get(
    '/segmentations',
    { schema: { summary: 'Saved segmentations, newest first', tags, querystring: listQuery, response: { 200: z.array(segmentationListItem), ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const rows = await listSegmentations(app.db, ws.id, request.query.surveyId);
      const sizes = await segmentSizes(app.db, ws.id, rows.map((x) => x.id));
      return rows.map((row) => presentSegmentationListItem(row, sizes.get(row.id)));
    },
  );

  r.get(
    '/segmentations/:segmentationId',
    { schema: { summary: 'A saved segmentation with its segments', tags, params: segmentationParams, response: { 200: segmentation, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const row = await requireSegmentation(app.db, ws.id, request.params.segmentationId);
      const sizes = await segmentSizes(app.db, ws.id, [row.id]);
      return presentSegmentation(row, sizes.get(row.id));
    },
  );

  r.patch(
    '/segmentations/:segmentationId',
    { schema: { summary: 'Rename a segmentation or its segments', tags, params: segmentationParams, body: updateSegmentationBody, response: { 200: segmentation, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      await updateSegmentation(app.db, ws.id, request.params.segmentationId, request.body);
      const row = await requireSegmentation(app.db, ws.id, request.params.segmentationId);
      const sizes = await segmentSizes(app.db, ws.id, [row.id]);
      return presentSegmentation(row, sizes.get(row.id));
    },
  );

  r.delete(
    '/segmentations/:segmentationId',
    { schema: { summary: 'Delete a segmentation and its assignments', tags, params: segmentationParams, response: { 200: ok, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      await deleteSegmentation(app.db, ws.id, request.params.segmentationId);
      return { ok: true as const };
    },
  );

  r.get(
    '/segmentations/:segmentationId/compare',
    { schema: { summary: 'NPS and mean satisfaction per segment with 95% intervals', tags, params: segmentationParams, response: { 200: segmentComparison, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return compareSegments(app.db, ws.id, request.params.segmentationId);
    },
  );

  r.get(
    '/segmentations/:segmentationId/export.csv',
    { schema: { summary: 'Respondents with their segment and probability as CSV', tags, params: segmentationParams, produces: ['text/csv'] } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { filename, csv } = await segmentationCsv(app.db, ws.id, request.params.segmentationId);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
    },
  );

  r.get(
    '/customers/:customerId/segments',
    { schema: { summary: "A customer's segments across saved segmentations", tags, params: customerParams, response: { 200: z.array(customerSegment), ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const customer = await findCustomer(app.db, ws.id, request.params.customerId);
      if (!customer) throw errors.notFound('Customer');
      return customerSegments(app.db, ws.id, customer.id);
    },
  );
}
