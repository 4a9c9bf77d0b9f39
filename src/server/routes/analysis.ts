import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import {
  analysisSummary, crosstabBody, crosstabResponse, driversBody, driversResponse, summaryBody, summaryQuery, trendBody, trendResponse,
  weightingReport as weightingReportSchema, weightingSetup, type AnalysisFilter,
} from '../../shared/analysis.ts';
import { summariseSurvey, loadAnalysisContext } from '../../domain/analysis/summarise-survey.ts';
import { crosstabSurvey } from '../../domain/analysis/crosstab-survey.ts';
import { surveyDrivers } from '../../domain/analysis/survey-drivers.ts';
import { surveyTrend } from '../../domain/analysis/survey-trend.ts';
import { countAnswerCombinations } from '../../domain/analysis/analysis-responses.repository.ts';
import { weightCells, weightingReport } from '../../domain/analysis/survey-weighting.ts';
import { deleteWeightingSetup, saveWeightingSetup } from '../../domain/analysis/weighting.repository.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });
const ok = z.object({ ok: z.literal(true) });
const BODY_LIMIT = 64 * 1024;

function found<T>(value: T | undefined): T {
  if (value === undefined) throw errors.notFound('Survey');
  return value;
}

/** Analysis of a survey's complete responses: summary, crosstab, weighting, drivers, trend. Under /api/w/:workspaceId. */
export async function analysisRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analysis'];
  const base = '/surveys/:surveyId/analysis';
  // Reads with a body: POST, but they change nothing, so viewers may use them.
  const read = { minRole: 'viewer' as const };

  r.get(
    `${base}/summary`,
    { schema: { summary: 'Every question summarised (complete responses; simple filters in the query)', tags, params: surveyParams, querystring: summaryQuery, response: { 200: analysisSummary, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const q = request.query;
      const filter: AnalysisFilter = { from: q.from, to: q.to, channels: q.channel ? [q.channel] : undefined };
      return found(await summariseSurvey(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, filter, weighted: q.weighted !== 'false' }));
    },
  );

  r.post(
    `${base}/summary`,
    { schema: { summary: 'Every question summarised, with the full filter in the body', tags, params: surveyParams, body: summaryBody, response: { 200: analysisSummary, ...errorResponses } }, config: read, bodyLimit: BODY_LIMIT },
    async (request) => {
      const ws = requireWorkspace(request);
      return found(await summariseSurvey(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, filter: request.body.filter, weighted: request.body.weighted }));
    },
  );

  r.post(
    `${base}/crosstab`,
    { schema: { summary: 'Crosstab of two questions with significance tests', tags, params: surveyParams, body: crosstabBody, response: { 200: crosstabResponse, ...errorResponses } }, config: read, bodyLimit: BODY_LIMIT },
    async (request) => {
      const ws = requireWorkspace(request);
      return found(await crosstabSurvey(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, ...request.body }));
    },
  );

  r.post(
    `${base}/drivers`,
    { schema: { summary: 'Key-driver analysis: Shapley importance and importance × performance', tags, params: surveyParams, body: driversBody, response: { 200: driversResponse, ...errorResponses } }, config: read, bodyLimit: BODY_LIMIT },
    async (request) => {
      const ws = requireWorkspace(request);
      return found(await surveyDrivers(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, ...request.body }));
    },
  );

  r.post(
    `${base}/trend`,
    { schema: { summary: 'NPS or mean per week, month or quarter with a 95% CI', tags, params: surveyParams, body: trendBody, response: { 200: trendResponse, ...errorResponses } }, config: read, bodyLimit: BODY_LIMIT },
    async (request) => {
      const ws = requireWorkspace(request);
      return found(await surveyTrend(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, ...request.body }));
    },
  );

  async function report(workspaceId: string, surveyId: string) {
    const ctx = found(await loadAnalysisContext(app.db, workspaceId, surveyId, false));
    return weightingReport(app.db, workspaceId, surveyId, ctx.questions.filter((q) => q.summaryType === 'choice').map((q) => q.api));
  }

  r.get(
    `${base}/weighting`,
    { schema: { summary: 'The weighting setup and its effect (design effect, effective n, weight range)', tags, params: surveyParams, response: { 200: weightingReportSchema, ...errorResponses } } },
    async (request) => report(requireWorkspace(request).id, request.params.surveyId),
  );

  r.put(
    `${base}/weighting`,
    { schema: { summary: 'Set the population margins (percentages) to rake to', tags, params: surveyParams, body: weightingSetup, response: { 200: weightingReportSchema, ...errorResponses } }, bodyLimit: BODY_LIMIT },
    async (request) => {
      const ws = requireWorkspace(request);
      const { surveyId } = request.params;
      const ctx = found(await loadAnalysisContext(app.db, ws.id, surveyId, false));
      const setup = request.body;
      for (const name of Object.keys(setup.margins)) {
        const q = ctx.questions.find((x) => x.question.name === name);
        if (!q || q.summaryType !== 'choice') throw errors.validation([{ field: `body.margins.${name}`, reason: 'not a single-choice question of this survey' }]);
        const sum = Object.values(setup.margins[name]).reduce((a, b) => a + b, 0);
        if (Math.abs(sum - 100) > 1) throw errors.validation([{ field: `body.margins.${name}`, reason: `percentages sum to ${Number(sum.toFixed(2))}, not 100` }]);
      }
      const cells = await countAnswerCombinations(app.db, { workspaceId: ws.id, surveyId }, Object.keys(setup.margins));
      try {
        weightCells(cells, setup);
      } catch (e) {
        throw errors.unprocessable('WEIGHTING_NOT_POSSIBLE', `These margins cannot be applied: ${(e as Error).message}.`);
      }
      await saveWeightingSetup(app.db, { workspaceId: ws.id, surveyId, userId: ws.userId, setup });
      return report(ws.id, surveyId);
    },
  );

  r.delete(
    `${base}/weighting`,
    { schema: { summary: 'Remove the weighting', tags, params: surveyParams, response: { 200: ok, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      found(await loadAnalysisContext(app.db, ws.id, request.params.surveyId, false));
      await deleteWeightingSetup(app.db, ws.id, request.params.surveyId);
      return { ok: true as const };
    },
  );
}
