import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { boardSettings, changelogEntry, changelogEntryBody, publishResult, updateBoardBody, updateChangelogEntryBody } from '../../shared/ideas.ts';
import { ensureBoard, updateBoardSettings, type BoardRow } from '../../domain/ideas/board.repository.ts';
import {
  createChangelogEntry,
  deleteChangelogEntry,
  findChangelogEntry,
  listChangelogEntries,
  presentChangelogEntry,
  updateChangelogEntry,
} from '../../domain/ideas/changelog.repository.ts';
import { publishChangelogEntry } from '../../domain/ideas/publish-changelog-entry.command.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const entryParams = z.object({ workspaceId: z.string(), entryId: z.string().uuid() });
const ok = z.object({ ok: z.literal(true) });

/** Board settings and the changelog (registered under /api/w/:workspaceId). */
export async function boardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ideas'];

  const present = (b: BoardRow) => {
    const url = `${app.config.publicUrl}/b/${b.slug}`;
    return {
      slug: b.slug,
      title: b.title,
      intro: b.intro,
      anonymousVoting: b.anonymous_voting,
      moderation: b.moderation,
      languages: b.languages.filter((l): l is 'nl' | 'en' => l === 'nl' || l === 'en'),
      publicUrl: url,
      embedSnippet: `<script src="${app.config.publicUrl}/embed/board.js?slug=${b.slug}" async></script>`,
    };
  };

  r.get('/board', { schema: { summary: 'Board settings', tags, response: { 200: boardSettings, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return present(await ensureBoard(app.db, ws.id));
  });

  r.patch(
    '/board',
    { schema: { summary: 'Change board settings (address, anonymous voting, moderation, languages)', tags, body: updateBoardBody, response: { 200: boardSettings, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return present(await updateBoardSettings(app.db, ws.id, request.body));
    },
  );

  r.get('/changelog', { schema: { summary: 'Changelog entries, drafts first', tags, response: { 200: z.array(changelogEntry), ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return (await listChangelogEntries(app.db, { workspaceId: ws.id })).map(presentChangelogEntry);
  });

  r.post('/changelog', { schema: { summary: 'Draft a changelog entry', tags, body: changelogEntryBody, response: { 201: changelogEntry, ...errorResponses } } }, async (request, reply) => {
    const ws = requireWorkspace(request);
    const entry = await createChangelogEntry(app.db, { workspaceId: ws.id, userId: ws.userId, ...request.body });
    return reply.status(201).send(presentChangelogEntry(entry));
  });

  r.get('/changelog/:entryId', { schema: { summary: 'One changelog entry', tags, params: entryParams, response: { 200: changelogEntry, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const entry = await findChangelogEntry(app.db, ws.id, request.params.entryId);
    if (!entry) throw errors.notFound('Changelog entry');
    return presentChangelogEntry(entry);
  });

  r.patch(
    '/changelog/:entryId',
    { schema: { summary: 'Edit a changelog entry', tags, params: entryParams, body: updateChangelogEntryBody, response: { 200: changelogEntry, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return presentChangelogEntry(await updateChangelogEntry(app.db, { workspaceId: ws.id, entryId: request.params.entryId, ...request.body }));
    },
  );

  r.delete('/changelog/:entryId', { schema: { summary: 'Delete a changelog entry', tags, params: entryParams, response: { 200: ok, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    await deleteChangelogEntry(app.db, ws.id, request.params.entryId);
    return { ok: true as const };
  });

  r.post(
    '/changelog/:entryId/publish',
    { schema: { summary: 'Publish and e-mail everyone who voted or commented on its ideas', tags, params: entryParams, response: { 200: publishResult, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const result = await publishChangelogEntry(app.db, { workspaceId: ws.id, entryId: request.params.entryId });
      return { entry: presentChangelogEntry(result.entry), notified: result.notified };
    },
  );
}
