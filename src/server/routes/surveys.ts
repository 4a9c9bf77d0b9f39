import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { createSurveyBody, surveyDetail, surveySummary, surveyVersionSummary, templateSummary, updateDefinitionBody, updateSettingsBody } from '../../shared/surveys.ts';
import { createSurvey } from '../../domain/surveys/create-survey.command.ts';
import { updateSurveyDefinition } from '../../domain/surveys/update-survey-definition.command.ts';
import { updateSurveySettings } from '../../domain/surveys/update-survey-settings.command.ts';
import { deleteSurvey, getSurvey, getSurveyVersion, listSurveys, listSurveyVersions } from '../../domain/surveys/survey.repository.ts';
import { presentSurvey, presentSurveyDetail, presentSurveyVersion } from '../../domain/surveys/survey.presenter.ts';
import { invalidateSurveyCache } from '../../domain/surveys/survey-cache.ts';
import { listQuestions } from '../../domain/surveys/survey-questions.ts';
import { SURVEY_TEMPLATES } from '../../domain/surveys/templates/index.ts';
import type { Db } from '../../db/database.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });
const ok = z.object({ ok: z.literal(true) });
const DEFINITION_LIMIT = 1024 * 1024;

async function loadDetail(db: Db, workspaceId: string, surveyId: string) {
  const row = await getSurvey(db, workspaceId, surveyId);
  if (!row) throw errors.notFound('Survey');
  const definition = await getSurveyVersion(db, workspaceId, surveyId, row.current_version);
  return presentSurveyDetail(row, definition ?? {});
}

/** Surveys: list, create (blank or from a template), definition with versions, settings, delete. Under /api/w/:workspaceId. */
export async function surveyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];

  r.get('/surveys', { schema: { summary: 'The surveys of the workspace', tags, response: { 200: z.array(surveySummary), ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return (await listSurveys(app.db, ws.id)).map(presentSurvey);
  });

  r.get('/surveys/templates', { schema: { summary: 'Templates to start a survey from', tags, response: { 200: z.array(templateSummary), ...errorResponses } } }, async () =>
    SURVEY_TEMPLATES.map((t) => ({ name: t.name, title: t.title, description: t.description, questionCount: listQuestions(t.definition).length, definition: t.definition })),
  );

  r.post(
    '/surveys',
    { schema: { summary: 'Create a survey, blank or from a template', tags, body: createSurveyBody, response: { 201: surveyDetail, ...errorResponses } }, bodyLimit: DEFINITION_LIMIT },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const created = await createSurvey(app.db, { workspaceId: ws.id, name: request.body.name, template: request.body.template, definition: request.body.definition, createdBy: ws.userId });
      return reply.status(201).send(await loadDetail(app.db, ws.id, created.id));
    },
  );

  r.get('/surveys/:surveyId', { schema: { summary: 'A survey with its current definition', tags, params: surveyParams, response: { 200: surveyDetail, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return loadDetail(app.db, ws.id, request.params.surveyId);
  });

  r.put(
    '/surveys/:surveyId/definition',
    {
      schema: {
        summary: 'Save the definition (a new version once responses exist)',
        tags,
        params: surveyParams,
        body: updateDefinitionBody,
        response: { 200: surveyDetail.extend({ newVersion: z.boolean() }), ...errorResponses },
      },
      bodyLimit: DEFINITION_LIMIT,
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const saved = await updateSurveyDefinition(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, definition: request.body.definition, name: request.body.name });
      return { ...(await loadDetail(app.db, ws.id, request.params.surveyId)), newVersion: saved.newVersion };
    },
  );

  r.patch(
    '/surveys/:surveyId/settings',
    { schema: { summary: 'Status (publish/close), dates, quota and one response per person', tags, params: surveyParams, body: updateSettingsBody, response: { 200: surveyDetail, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
      await updateSurveySettings(app.db, {
        workspaceId: ws.id,
        surveyId: request.params.surveyId,
        name: b.name,
        status: b.status,
        opensAt: date(b.opensAt),
        closesAt: date(b.closesAt),
        quota: b.quota,
        oneResponsePerPerson: b.oneResponsePerPerson,
      });
      return loadDetail(app.db, ws.id, request.params.surveyId);
    },
  );

  r.get(
    '/surveys/:surveyId/versions',
    { schema: { summary: 'Every version of the definition with its response count', tags, params: surveyParams, response: { 200: z.array(surveyVersionSummary), ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      if (!(await getSurvey(app.db, ws.id, request.params.surveyId))) throw errors.notFound('Survey');
      return (await listSurveyVersions(app.db, ws.id, request.params.surveyId)).map(presentSurveyVersion);
    },
  );

  r.delete(
    '/surveys/:surveyId',
    { schema: { summary: 'Delete a survey with all its responses', tags, params: surveyParams, response: { 200: ok, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      if (!(await deleteSurvey(app.db, ws.id, request.params.surveyId))) throw errors.notFound('Survey');
      invalidateSurveyCache({ id: request.params.surveyId });
      return { ok: true as const };
    },
  );
}
