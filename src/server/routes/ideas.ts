import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import {
  adminIdea,
  adminIdeaDetail,
  adminIdeaList,
  adminIdeaQuery,
  createTagBody,
  customerAttributeKeys,
  mergeBody,
  mergeResult,
  moderationDecisionBody,
  moderationQueue,
  setStatusBody,
  tag,
  teamCommentBody,
  updateIdeaBody,
  updateTagBody,
  votesByAttribute,
  votesByAttributeQuery,
} from '../../shared/ideas.ts';
import { ensureBoard } from '../../domain/ideas/board.repository.ts';
import { findIdea, listComments, listIdeas, tagsOfIdeas } from '../../domain/ideas/idea.repository.ts';
import { presentAdminComment, presentAdminIdea } from '../../domain/ideas/idea.presenter.ts';
import { setIdeaStatus } from '../../domain/ideas/set-idea-status.command.ts';
import { mergeIdeas } from '../../domain/ideas/merge-ideas.command.ts';
import { moderateItem } from '../../domain/ideas/moderation.command.ts';
import { createTag, deleteTag, listTags, setIdeaTags, updateTag } from '../../domain/ideas/idea-tag.repository.ts';
import { votesByAttribute as countVotesByAttribute, voterAttributeKeys } from '../../domain/ideas/votes-by-attribute.repository.ts';
import { listShowcase } from '../../domain/ideas/showcase.repository.ts';
import { inTransaction } from '../../domain/ideas/board-transaction.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';
import { randomUUID } from 'node:crypto';

const ideaParams = z.object({ workspaceId: z.string(), ideaId: z.string().uuid() });
const tagParams = z.object({ workspaceId: z.string(), tagId: z.string().uuid() });
const commentParams = z.object({ workspaceId: z.string(), commentId: z.string().uuid() });
const photoParams = z.object({ workspaceId: z.string(), photoId: z.string().uuid() });
const ok = z.object({ ok: z.literal(true) });
const decided = z.object({ id: z.string(), state: z.enum(['published', 'rejected']) });
const statusResult = z.object({ ideaId: z.string(), status: z.string(), notified: z.number().int() });

/** The team's side of the ideas board (registered under /api/w/:workspaceId). */
export async function ideasRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ideas'];

  async function adminIdeaById(workspaceId: string, ideaId: string) {
    const board = await ensureBoard(app.db, workspaceId);
    const [row] = await listIdeas(app.db, { workspaceId, boardId: board.id, sort: 'newest', ids: [ideaId], limit: 1, offset: 0, admin: { includeHidden: true } });
    if (!row) {
      if (await findIdea(app.db, workspaceId, ideaId)) throw errors.conflict('IDEA_MERGED', 'This idea was merged into another one.');
      throw errors.notFound('Idea');
    }
    const tagMap = await tagsOfIdeas(app.db, workspaceId, [ideaId]);
    return presentAdminIdea(row, tagMap.get(ideaId));
  }

  r.get('/ideas', { schema: { summary: 'Ideas of the board, every state', tags, querystring: adminIdeaQuery, response: { 200: adminIdeaList, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const board = await ensureBoard(app.db, ws.id);
    const q = request.query;
    const rows = await listIdeas(app.db, {
      workspaceId: ws.id,
      boardId: board.id,
      sort: q.sort,
      status: q.status,
      tagId: q.tag,
      q: q.q || undefined,
      limit: q.limit,
      offset: q.offset,
      admin: { state: q.state, includeHidden: q.includeHidden === 'true' },
    });
    const tagMap = await tagsOfIdeas(app.db, ws.id, rows.map((x) => x.id));
    return { ideas: rows.map((x) => presentAdminIdea(x, tagMap.get(x.id))), total: rows[0]?.total ?? 0 };
  });

  r.get('/ideas/moderation', { schema: { summary: 'What waits for review', tags, response: { 200: moderationQueue, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const board = await ensureBoard(app.db, ws.id);
    const ideas = await listIdeas(app.db, { workspaceId: ws.id, boardId: board.id, sort: 'newest', limit: 100, offset: 0, admin: { state: 'in_review', includeHidden: true } });
    const comments = await app.db
      .selectFrom('idea_comments')
      .innerJoin('ideas', 'ideas.id', 'idea_comments.idea_id')
      .leftJoin('customers', 'customers.id', 'idea_comments.customer_id')
      .select([
        'idea_comments.id',
        'idea_comments.body',
        'idea_comments.state',
        'idea_comments.created_at',
        'idea_comments.author_user_id',
        'customers.name as customer_name',
        'customers.email as customer_email',
        'ideas.id as idea_id',
        'ideas.title as idea_title',
      ])
      .where('idea_comments.workspace_id', '=', ws.id)
      .where('idea_comments.state', '=', 'in_review')
      .orderBy('idea_comments.created_at')
      .limit(100)
      .execute();
    const showcase = await listShowcase(app.db, { workspaceId: ws.id, states: ['in_review'] });
    return {
      ideas: ideas.map((x) => presentAdminIdea(x)),
      comments: comments.map((c) => ({ ...presentAdminComment({ ...c, user_name: null }), ideaId: c.idea_id, ideaTitle: c.idea_title })),
      showcase,
    };
  });

  r.get('/ideas/customer-attributes', { schema: { summary: 'Customer attributes found on voters', tags, response: { 200: customerAttributeKeys, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return { attributes: await voterAttributeKeys(app.db, ws.id) };
  });

  r.get('/ideas/:ideaId', { schema: { summary: 'One idea with all comments', tags, params: ideaParams, response: { 200: adminIdeaDetail, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const idea = await adminIdeaById(ws.id, request.params.ideaId);
    const comments = await listComments(app.db, { workspaceId: ws.id, ideaId: idea.id, admin: true });
    return { ...idea, commentList: comments.map(presentAdminComment) };
  });

  r.patch(
    '/ideas/:ideaId',
    { schema: { summary: 'Edit, pin, hide, note, tag an idea', tags, params: ideaParams, body: updateIdeaBody, response: { 200: adminIdea, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      const b = request.body;
      await inTransaction(app.db, async (trx) => {
        if (!(await findIdea(trx, ws.id, request.params.ideaId))) throw errors.notFound('Idea');
        await trx
          .updateTable('ideas')
          .set({
            ...(b.title !== undefined && { title: b.title }),
            ...(b.description !== undefined && { description: b.description }),
            ...(b.pinned !== undefined && { pinned: b.pinned }),
            ...(b.hidden !== undefined && { hidden: b.hidden }),
            ...(b.internalNote !== undefined && { internal_note: b.internalNote }),
            updated_at: new Date(),
          })
          .where('workspace_id', '=', ws.id)
          .where('id', '=', request.params.ideaId)
          .execute();
        if (b.tagIds) await setIdeaTags(trx, { workspaceId: ws.id, ideaId: request.params.ideaId, tagIds: b.tagIds });
      });
      return adminIdeaById(ws.id, request.params.ideaId);
    },
  );

  r.post(
    '/ideas/:ideaId/status',
    { schema: { summary: 'Change the status (declined needs a public reason); backers are e-mailed', tags, params: ideaParams, body: setStatusBody, response: { 200: statusResult, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return setIdeaStatus(app.db, { workspaceId: ws.id, ideaId: request.params.ideaId, status: request.body.status, reason: request.body.reason, notify: request.body.notify });
    },
  );

  r.post(
    '/ideas/:ideaId/merge',
    { schema: { summary: 'Merge a duplicate into this idea', tags, params: ideaParams, body: mergeBody, response: { 200: mergeResult, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return mergeIdeas(app.db, { workspaceId: ws.id, keptId: request.params.ideaId, duplicateId: request.body.duplicateId });
    },
  );

  r.post(
    '/ideas/:ideaId/moderation',
    { schema: { summary: 'Approve or reject an idea in review', tags, params: ideaParams, body: moderationDecisionBody, response: { 200: decided, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return moderateItem(app.db, { workspaceId: ws.id, kind: 'idea', id: request.params.ideaId, decision: request.body.decision });
    },
  );

  r.get(
    '/ideas/:ideaId/votes-by-attribute',
    { schema: { summary: 'Who asks: votes per value of a customer attribute', tags, params: ideaParams, querystring: votesByAttributeQuery, response: { 200: votesByAttribute, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      if (!(await findIdea(app.db, ws.id, request.params.ideaId))) throw errors.notFound('Idea');
      const attribute = request.query.attribute;
      if (!attribute) throw errors.validation([{ field: 'querystring.attribute', reason: 'name the customer attribute, e.g. ?attribute=klantgroep' }]);
      return countVotesByAttribute(app.db, { workspaceId: ws.id, ideaId: request.params.ideaId, attribute });
    },
  );

  r.post(
    '/ideas/:ideaId/comments',
    { schema: { summary: 'Answer on the board as the team', tags, params: ideaParams, body: teamCommentBody, response: { 201: z.object({ id: z.string() }), ...errorResponses } } },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      if (!(await findIdea(app.db, ws.id, request.params.ideaId))) throw errors.notFound('Idea');
      const id = randomUUID();
      await app.db
        .insertInto('idea_comments')
        .values({ id, workspace_id: ws.id, idea_id: request.params.ideaId, customer_id: null, author_user_id: ws.userId, pending_session_id: null, body: request.body.body, state: 'published' })
        .execute();
      return reply.status(201).send({ id });
    },
  );

  r.post(
    '/idea-comments/:commentId/moderation',
    { schema: { summary: 'Approve or reject a comment in review', tags, params: commentParams, body: moderationDecisionBody, response: { 200: decided, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return moderateItem(app.db, { workspaceId: ws.id, kind: 'comment', id: request.params.commentId, decision: request.body.decision });
    },
  );

  r.delete('/idea-comments/:commentId', { schema: { summary: 'Delete a comment', tags, params: commentParams, response: { 200: ok, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const res = await app.db.deleteFrom('idea_comments').where('workspace_id', '=', ws.id).where('id', '=', request.params.commentId).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw errors.notFound('Comment');
    return { ok: true as const };
  });

  r.post(
    '/showcase/:photoId/moderation',
    { schema: { summary: 'Approve or reject a showcase photo', tags, params: photoParams, body: moderationDecisionBody, response: { 200: decided, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return moderateItem(app.db, { workspaceId: ws.id, kind: 'showcase', id: request.params.photoId, decision: request.body.decision });
    },
  );

  r.get('/idea-tags', { schema: { summary: 'Tags for ideas', tags, response: { 200: z.array(tag), ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return listTags(app.db, ws.id);
  });
  r.post('/idea-tags', { schema: { summary: 'Create a tag', tags, body: createTagBody, response: { 201: tag, ...errorResponses } } }, async (request, reply) => {
    const ws = requireWorkspace(request);
    return reply.status(201).send(await createTag(app.db, { workspaceId: ws.id, ...request.body }));
  });
  r.patch('/idea-tags/:tagId', { schema: { summary: 'Rename or recolour a tag', tags, params: tagParams, body: updateTagBody, response: { 200: tag, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return updateTag(app.db, { workspaceId: ws.id, tagId: request.params.tagId, ...request.body });
  });
  r.delete('/idea-tags/:tagId', { schema: { summary: 'Delete a tag', tags, params: tagParams, response: { 200: ok, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    await deleteTag(app.db, ws.id, request.params.tagId);
    return { ok: true as const };
  });
}
