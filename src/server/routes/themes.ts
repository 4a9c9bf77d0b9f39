import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import {
  answersPage,
  answersQuery,
  createCustomThemeBody,
  customThemeView,
  localizedLabel,
  mergeThemeBody,
  moveAnswerBody,
  refreshResult,
  splitThemeBody,
  themeModel,
  themeModelQuery,
  themeSource,
  themeSourceKey,
  updateCustomThemeBody,
  updateThemeBody,
} from '../../shared/themes.ts';
import { listThemeSources } from '../../domain/themes/theme-source.ts';
import { refreshThemes } from '../../domain/themes/refresh-themes.command.ts';
import { buildThemeModel, listThemedAnswers } from '../../domain/themes/theme-model.ts';
import { acceptCandidate, dismissCandidate, mergeThemes, moveAnswer, splitTheme, updateTheme } from '../../domain/themes/edit-theme.command.ts';
import { deleteCustomTheme, findCustomTheme, listCustomThemes } from '../../domain/themes/custom-theme.repository.ts';
import { changeCustomTheme, createCustomTheme, presentCustomTheme } from '../../domain/themes/custom-theme.command.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const sourceParams = z.object({ workspaceId: z.string(), sourceKey: themeSourceKey });
const themeParams = z.object({ workspaceId: z.string(), sourceKey: themeSourceKey, themeId: z.string().min(1).max(120) });
const customParams = z.object({ workspaceId: z.string(), customThemeId: z.string().min(1).max(120) });
const ok = z.object({ ok: z.literal(true) });
const themeRef = z.object({ id: z.string() });
const moved = z.object({ themeId: z.string().nullable() });
const acceptBody = z.strictObject({ label: localizedLabel.optional() });

/**
 * Themes of open answers (registered under /api/w/:workspaceId): sources, running and refreshing a
 * source's themes, the theme model with evidence, the team's edits, answers with tags and sentiment,
 * and the workspace's own themes.
 */
export async function themeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['themes'];

  r.get('/themes/sources', { schema: { summary: 'Open questions and the ideas board, with answer counts', tags, response: { 200: z.array(themeSource), ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return listThemeSources(app.db, ws.id);
  });

  r.post(
    '/themes/sources/:sourceKey/refresh',
    { schema: { summary: "Run or refresh a source's themes (the team's edits stay)", tags, params: sourceParams, response: { 200: refreshResult, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return refreshThemes(app.db, { workspaceId: ws.id, source: request.params.sourceKey });
    },
  );

  r.get(
    '/themes/sources/:sourceKey',
    { schema: { summary: 'Themes of a source with evidence, candidates and hidden themes', tags, params: sourceParams, querystring: themeModelQuery, response: { 200: themeModel, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return buildThemeModel(app.db, { workspaceId: ws.id, source: request.params.sourceKey, segment: request.query.segment || undefined });
    },
  );

  r.get(
    '/themes/sources/:sourceKey/answers',
    { schema: { summary: 'Answers with theme, confidence and sentiment (with the decisive words)', tags, params: sourceParams, querystring: answersQuery, response: { 200: answersPage, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const q = request.query;
      return listThemedAnswers(app.db, {
        workspaceId: ws.id,
        source: request.params.sourceKey,
        themeId: q.themeId,
        lowConfidence: q.lowConfidence === 'true',
        sentiment: q.sentiment,
        segment: q.segment || undefined,
        q: q.q,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  r.post(
    '/themes/sources/:sourceKey/answers/move',
    { schema: { summary: 'Move an answer to a theme by hand (remembered as a correction)', tags, params: sourceParams, body: moveAnswerBody, response: { 200: moved, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return moveAnswer(app.db, { workspaceId: ws.id, source: request.params.sourceKey, answerRef: request.body.answerRef, themeId: request.body.themeId, userId: ws.userId });
    },
  );

  r.patch(
    '/themes/sources/:sourceKey/themes/:themeId',
    { schema: { summary: 'Rename a theme, set its keywords, hide or show it', tags, params: themeParams, body: updateThemeBody, response: { 200: ok, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      if (Object.keys(request.body).length === 0) throw errors.validation([{ field: 'body', reason: 'nothing to change' }]);
      await updateTheme(app.db, { workspaceId: ws.id, source: request.params.sourceKey, themeId: request.params.themeId, ...request.body });
      return { ok: true as const };
    },
  );

  r.post(
    '/themes/sources/:sourceKey/themes/:themeId/merge',
    { schema: { summary: 'Merge this theme into another', tags, params: themeParams, body: mergeThemeBody, response: { 200: themeRef, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return mergeThemes(app.db, { workspaceId: ws.id, source: request.params.sourceKey, themeId: request.params.themeId, intoThemeId: request.body.intoThemeId });
    },
  );

  r.post(
    '/themes/sources/:sourceKey/themes/:themeId/split',
    { schema: { summary: 'Split answers off this theme into a new theme', tags, params: themeParams, body: splitThemeBody, response: { 201: themeRef, ...errorResponses } } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const created = await splitTheme(app.db, { workspaceId: ws.id, source: request.params.sourceKey, themeId: request.params.themeId, ...request.body });
      return reply.status(201).send(created);
    },
  );

  r.post(
    '/themes/sources/:sourceKey/themes/:themeId/accept',
    { schema: { summary: 'Accept a candidate theme', tags, params: themeParams, body: acceptBody.optional(), response: { 200: ok, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      await acceptCandidate(app.db, { workspaceId: ws.id, source: request.params.sourceKey, themeId: request.params.themeId, label: request.body?.label });
      return { ok: true as const };
    },
  );

  r.post(
    '/themes/sources/:sourceKey/themes/:themeId/dismiss',
    { schema: { summary: 'Dismiss a candidate theme', tags, params: themeParams, response: { 200: ok, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      await dismissCandidate(app.db, { workspaceId: ws.id, source: request.params.sourceKey, themeId: request.params.themeId });
      return { ok: true as const };
    },
  );

  r.get('/themes/custom', { schema: { summary: "The workspace's own themes", tags, response: { 200: z.array(customThemeView), ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return (await listCustomThemes(app.db, ws.id)).map(presentCustomTheme);
  });

  r.post(
    '/themes/custom',
    { schema: { summary: 'Add a theme of your own (keywords and example answers)', tags, body: createCustomThemeBody, response: { 201: customThemeView, ...errorResponses } } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      return reply.status(201).send(await createCustomTheme(app.db, { workspaceId: ws.id, ...request.body, userId: ws.userId }));
    },
  );

  r.patch(
    '/themes/custom/:customThemeId',
    { schema: { summary: 'Change a theme of your own', tags, params: customParams, body: updateCustomThemeBody, response: { 200: customThemeView, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return changeCustomTheme(app.db, { workspaceId: ws.id, id: request.params.customThemeId, ...request.body });
    },
  );

  r.delete(
    '/themes/custom/:customThemeId',
    { schema: { summary: 'Delete a theme of your own', tags, params: customParams, response: { 200: ok, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      if (!(await findCustomTheme(app.db, ws.id, request.params.customThemeId))) throw errors.notFound('Custom theme');
      await deleteCustomTheme(app.db, ws.id, request.params.customThemeId);
      return { ok: true as const };
    },
  );
}
