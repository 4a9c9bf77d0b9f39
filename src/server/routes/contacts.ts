import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { CSV_BODY_LIMIT, customer, customerList, customerListQuery, importContactsBody, importContactsResult } from '../../shared/distribution.ts';
import { findCustomer, listCustomers } from '../../domain/contacts/customer.repository.ts';
import { presentCustomer } from '../../domain/contacts/customer.presenter.ts';
import { importContacts } from '../../domain/contacts/import-contacts.command.ts';
import { findSurveyDefinition } from '../../domain/responses/response-list.repository.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const customerParams = z.object({ workspaceId: z.string(), customerId: z.string().uuid() });
const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });

/** Customers (list, one) and the contacts import of a survey. Under /api/w/:workspaceId. */
export async function contactRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];

  r.get('/customers', { schema: { summary: 'Customers of the workspace', tags, querystring: customerListQuery, response: { 200: customerList, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const q = request.query;
    const unsubscribed = q.unsubscribed === undefined ? undefined : q.unsubscribed === 'true';
    const { items, total } = await listCustomers(app.db, ws.id, { search: q.search, source: q.source, unsubscribed, page: q.page, pageSize: q.pageSize });
    return { items: items.map(presentCustomer), total, page: q.page, pageSize: q.pageSize };
  });

  r.get('/customers/:customerId', { schema: { summary: 'One customer', tags, params: customerParams, response: { 200: customer, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const row = await findCustomer(app.db, ws.id, request.params.customerId);
    if (!row) throw errors.notFound('Customer');
    return presentCustomer(row);
  });

  r.post(
    '/surveys/:surveyId/contacts/import',
    {
      schema: {
        summary: 'Import contacts from CSV (column mapping, dedupe on e-mail) and give each a personal invitation to the survey',
        tags,
        params: surveyParams,
        body: importContactsBody,
        response: { 200: importContactsResult, ...errorResponses },
      },
      bodyLimit: CSV_BODY_LIMIT,
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const survey = await findSurveyDefinition(app.db, ws.id, request.params.surveyId);
      if (!survey) throw errors.notFound('Survey');
      return importContacts(app.db, { workspaceId: ws.id, csv: request.body.csv, mapping: request.body.mapping, survey: { id: survey.id, secret: app.config.sessionSecret } });
    },
  );
}
