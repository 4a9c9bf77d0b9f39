import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import {
  createDecisionBody,
  decideBody,
  decisionBoard as decisionBoardSchema,
  decisionCard,
  decisionHistory,
  decisionWeights,
  markMadeBody,
  notifyRespondentsBody,
  notifyResult,
  updateDecisionBody,
} from '../../shared/decisions.ts';
import { decisionBoard, decisionCardView } from '../../domain/decisions/decision-board.ts';
import { createDecisionCard } from '../../domain/decisions/create-decision.command.ts';
import { updateDecisionCard } from '../../domain/decisions/update-decision.command.ts';
import { decideOnCard } from '../../domain/decisions/decide.command.ts';
import { markDecisionMade } from '../../domain/decisions/mark-made.command.ts';
import { notifyRespondents } from '../../domain/decisions/notify-respondents.command.ts';
import { findDecisionCard, listDecisionEvents } from '../../domain/decisions/decision-card.repository.ts';
import { presentDecisionEvent } from '../../domain/decisions/decision.presenter.ts';
import { getDecisionWeights, saveDecisionWeights } from '../../domain/decisions/decision-weights.repository.ts';
import '../../domain/decisions/respondent-message.job.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const cardParams = z.object({ workspaceId: z.string(), cardId: z.string().uuid() });

/**
 * The decision board: cards made from ideas, themes and survey findings, ranked by the team's
 * weights; decisions with reasons in an append-only audit trail (there is no route that changes or
 * removes an event); closing the loop with the ideas board and survey respondents.
 */
export async function decisionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['decisions'];

  async function cardOr404(workspaceId: string, cardId: string) {
    const card = await decisionCardView(app.db, workspaceId, cardId);
    if (!card) throw errors.notFound('Decision card');
    return card;
  }

  r.get('/decisions', { schema: { summary: 'The ranked decision board with the current weights', tags, response: { 200: decisionBoardSchema, ...errorResponses } } }, async (request) =>
    decisionBoard(app.db, requireWorkspace(request).id),
  );

  r.post(
    '/decisions',
    { schema: { summary: 'Make a decision card of an idea, theme or survey finding', tags, body: createDecisionBody, response: { 201: decisionCard, ...errorResponses } } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const id = await createDecisionCard(app.db, { workspaceId: ws.id, userId: ws.userId, ...request.body });
      return reply.status(201).send(await cardOr404(ws.id, id));
    },
  );

  r.get('/decisions/:cardId', { schema: { summary: 'One decision card', tags, params: cardParams, response: { 200: decisionCard, ...errorResponses } } }, async (request) =>
    cardOr404(requireWorkspace(request).id, request.params.cardId),
  );

  r.patch(
    '/decisions/:cardId',
    { schema: { summary: 'Change scores, effort, identity links or title', tags, params: cardParams, body: updateDecisionBody, response: { 200: decisionCard, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      await updateDecisionCard(app.db, { workspaceId: ws.id, cardId: request.params.cardId, patch: request.body });
      return cardOr404(ws.id, request.params.cardId);
    },
  );

  r.post(
    '/decisions/:cardId/decide',
    { schema: { summary: 'Accept, decline or park with a reason (appends to the audit trail)', tags, params: cardParams, body: decideBody, response: { 200: decisionCard, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      await decideOnCard(app.db, { workspaceId: ws.id, cardId: request.params.cardId, userId: ws.userId, ...request.body });
      return cardOr404(ws.id, request.params.cardId);
    },
  );

  r.get('/decisions/:cardId/history', { schema: { summary: 'Every decision on the card, oldest first', tags, params: cardParams, response: { 200: decisionHistory, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    if (!(await findDecisionCard(app.db, ws.id, request.params.cardId))) throw errors.notFound('Decision card');
    return { events: (await listDecisionEvents(app.db, ws.id, [request.params.cardId])).map(presentDecisionEvent) };
  });

  r.post(
    '/decisions/:cardId/made',
    {
      schema: {
        summary: 'Mark as made: for an idea, publishes a changelog entry that mails its voters',
        tags,
        params: cardParams,
        body: markMadeBody,
        response: { 200: z.object({ card: decisionCard, changelogEntryId: z.string().nullable(), notified: z.number() }), ...errorResponses },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const result = await markDecisionMade(app.db, { workspaceId: ws.id, cardId: request.params.cardId, userId: ws.userId, ...request.body });
      return { card: await cardOr404(ws.id, request.params.cardId), changelogEntryId: result.changelogEntryId, notified: result.notified };
    },
  );

  r.post(
    '/decisions/:cardId/notify-respondents',
    { schema: { summary: 'E-mail survey respondents what we heard and what we did', tags, params: cardParams, body: notifyRespondentsBody, response: { 200: notifyResult, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return notifyRespondents(app.db, { workspaceId: ws.id, cardId: request.params.cardId, surveyId: request.body.surveyId });
    },
  );

  r.get('/decision-weights', { schema: { summary: 'The ranking weights', tags, response: { 200: decisionWeights, ...errorResponses } } }, async (request) =>
    getDecisionWeights(app.db, requireWorkspace(request).id),
  );

  r.put('/decision-weights', { schema: { summary: 'Change the ranking weights', tags, body: decisionWeights, response: { 200: decisionWeights, ...errorResponses } } }, async (request) =>
    saveDecisionWeights(app.db, requireWorkspace(request).id, request.body),
  );
}
