import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { CSV_BODY_LIMIT, exportQuery, importColumnsResult, importPreviewBody, importResponsesBody, importResponsesResult } from '../../shared/distribution.ts';
import { allResponses, findSurveyDefinition } from '../../domain/responses/response-list.repository.ts';
import { listQuestions } from '../../domain/surveys/survey-questions.ts';
import { exportColumns, exportRow } from '../../domain/responses/export-columns.ts';
import { responsesCsv } from '../../domain/responses/export-csv.ts';
import { responsesXlsx } from '../../domain/responses/export-xlsx.ts';
import { suggestImportMapping } from '../../domain/responses/import-columns.ts';
import { importResponses } from '../../domain/responses/import-responses.command.ts';
import { parseCsvTable } from '../../domain/contacts/contact-csv.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';
import { responseFilter } from './responses.ts';

const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });

function fileName(slug: string, ext: string): string {
  return `responses-${slug.replace(/[^a-z0-9-]/gi, '')}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** Response export (CSV, XLSX) and import (CSV, channel 'import'). Under /api/w/:workspaceId. */
export async function exportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['responses'];

  async function exportData(workspaceId: string, surveyId: string, q: z.infer<typeof exportQuery>) {
    const survey = await findSurveyDefinition(app.db, workspaceId, surveyId);
    if (!survey) throw errors.notFound('Survey');
    const questions = listQuestions(survey.definition);
    const columns = exportColumns(questions, q.lang);
    const rows = (await allResponses(app.db, workspaceId, surveyId, responseFilter(q))).map((resp) =>
      exportRow(columns, questions, { id: resp.id, status: resp.status, channel: resp.channel, language: resp.language, startedAt: resp.started_at, completedAt: resp.completed_at, answers: resp.answers ?? {} }, { lang: q.lang, values: q.values }),
    );
    return { survey, questions, columns, rows };
  }

  r.get(
    '/surveys/:surveyId/responses/export.csv',
    { schema: { summary: 'Responses as CSV: one row per response, question codes as header (or labels), multi-choice as 0/1 per option', tags, params: surveyParams, querystring: exportQuery, produces: ['text/csv'] } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { survey, columns, rows } = await exportData(ws.id, request.params.surveyId, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(survey.slug, 'csv')}"`)
        .send(responsesCsv(columns, rows, { header: request.query.header }));
    },
  );

  r.get(
    '/surveys/:surveyId/responses/export.xlsx',
    { schema: { summary: 'Responses as XLSX: codes and labels as header rows, a codebook sheet', tags, params: surveyParams, querystring: exportQuery } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const { survey, questions, columns, rows } = await exportData(ws.id, request.params.surveyId, request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(survey.slug, 'xlsx')}"`)
        .send(await responsesXlsx(columns, rows, questions, request.query.lang));
    },
  );

  r.post(
    '/surveys/:surveyId/responses/import/columns',
    {
      schema: { summary: "A CSV file's headers, the survey's columns and a suggested mapping", tags, params: surveyParams, body: importPreviewBody, response: { 200: importColumnsResult, ...errorResponses } },
      bodyLimit: CSV_BODY_LIMIT,
      config: { minRole: 'editor' },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const survey = await findSurveyDefinition(app.db, ws.id, request.params.surveyId);
      if (!survey) throw errors.notFound('Survey');
      const questions = listQuestions(survey.definition);
      const { headers } = parseCsvTable(request.body.csv);
      const columns = exportColumns(questions, request.body.lang).map((c) => ({ key: c.key, label: c.label, kind: c.kind, question: c.question }));
      return { headers, columns, mapping: suggestImportMapping(headers, questions) };
    },
  );

  r.post(
    '/surveys/:surveyId/responses/import',
    {
      schema: { summary: 'Import responses from CSV (columns mapped to questions, values validated; channel "import")', tags, params: surveyParams, body: importResponsesBody, response: { 200: importResponsesResult, ...errorResponses } },
      bodyLimit: CSV_BODY_LIMIT,
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const result = await importResponses(app.db, { workspaceId: ws.id, surveyId: request.params.surveyId, csv: request.body.csv, mapping: request.body.mapping, dryRun: request.body.dryRun });
      // A dry run reports the problems; a real import with problems stores nothing and says why, row by row.
      if (result.problems.length && !request.body.dryRun) {
        throw errors.unprocessable(
          'IMPORT_INVALID',
          `Nothing was imported: ${result.problems.length} problem(s) in the file.`,
          result.problems.slice(0, 200).map((p) => ({ field: `csv.row${p.row}${p.column ? `.${p.column}` : ''}`, reason: p.reason })),
        );
      }
      return result;
    },
  );
}
