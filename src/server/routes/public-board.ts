import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import {
  confirmSignInBody,
  confirmSignInResult,
  ideaList,
  ideaListQuery,
  postCommentBody,
  postIdeaBody,
  postShowcaseBody,
  publicBoard,
  publicChangelog,
  publicIdeaDetail,
  roadmap,
  showcaseList,
  signInBody,
  similarList,
  similarQuery,
  unsubscribeBody,
  voteResult,
  type BoardViewer,
} from '../../shared/ideas.ts';
import { requireBoard, type BoardRow } from '../../domain/ideas/board.repository.ts';
import { confirmSignIn, endCustomerSession, findCustomerSession, requestSignIn, CUSTOMER_SESSION_DAYS, type BoardVisitor } from '../../domain/ideas/customer-sign-in.command.ts';
import { listComments, listIdeas, listIdeaTexts, tagsOfIdeas } from '../../domain/ideas/idea.repository.ts';
import { presentPublicComment, presentPublicIdea } from '../../domain/ideas/idea.presenter.ts';
import { postComment, postIdea, requireVisibleIdea } from '../../domain/ideas/post-idea.command.ts';
import { castVote, withdrawVote } from '../../domain/ideas/vote.command.ts';
import { rankSimilarIdeas } from '../../domain/ideas/similar-ideas.ts';
import { listTags } from '../../domain/ideas/idea-tag.repository.ts';
import { listChangelogEntries } from '../../domain/ideas/changelog.repository.ts';
import { listShowcase, postShowcasePhoto } from '../../domain/ideas/showcase.repository.ts';
import { findBoardImage } from '../../domain/ideas/board-image.repository.ts';
import { readUnsubscribeToken } from '../../domain/invitations/invitation-token.ts';
import { hashToken, newToken } from '../../domain/accounts/tokens.ts';
import { ROADMAP_STATUSES } from '../../shared/ideas.ts';
import '../../domain/ideas/idea-notification.job.ts';
import { errors } from '../errors.ts';

/** The board visitor's session cookie, separate from the team's kb_session. */
export const CUSTOMER_COOKIE = 'kb_customer';
/** A random per-browser key, used only for anonymous votes on boards that allow them. */
export const VISITOR_COOKIE = 'kb_visitor';
const CSRF_HEADER = 'x-customer-csrf';

const slugParams = z.object({ slug: z.string().min(1).max(60) });
const ideaParams = slugParams.extend({ ideaId: z.string().uuid() });
const ok = z.object({ ok: z.literal(true) });
const accepted = z.object({ ok: z.literal(true), confirmed: z.boolean() });
const created = z.object({ id: z.string(), state: z.enum(['pending', 'in_review', 'published', 'rejected']) });

const SMALL_BODY = 16 * 1024;
const PHOTO_BODY = 3 * 1024 * 1024 + 64 * 1024;
// Public routes have no session to bind a CSRF token to; team cookies must not make them fail either.
const open = { csrf: false } as const;

/** The public ideas board API (/api/public/boards/:slug/...), the sign-in link, images and unsubscribe. */
export async function publicBoardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public board'];
  const secure = app.config.publicUrl.startsWith('https://');
  // Inside an embedded iframe on a customer's site the cookie is third-party: SameSite=None needs https.
  const cookieOptions = { httpOnly: true, sameSite: secure ? ('none' as const) : ('lax' as const), secure, path: '/', signed: true };

  function cookieValue(request: FastifyRequest, name: string) {
    const raw = request.cookies[name];
    if (!raw) return null;
    const u = request.unsignCookie(raw);
    return u.valid && u.value ? u.value : null;
  }

  async function visitorOf(request: FastifyRequest, board: BoardRow): Promise<BoardVisitor> {
    const token = cookieValue(request, CUSTOMER_COOKIE);
    const customer = token ? await findCustomerSession(app.db, { sessionToken: token, workspaceId: board.workspace_id }) : null;
    const visitorToken = cookieValue(request, VISITOR_COOKIE);
    return { customer, anonymousKey: visitorToken ? hashToken(`${board.id}:${visitorToken}`) : null };
  }

  /** Writes made with a customer session need its CSRF token in a header. */
  async function writer(request: FastifyRequest, reply: FastifyReply, board: BoardRow, opts: { anonymousOk?: boolean } = {}) {
    const visitor = await visitorOf(request, board);
    if (visitor.customer) {
      if (request.headers[CSRF_HEADER] !== visitor.customer.csrfToken) throw errors.csrf();
    } else if (opts.anonymousOk && board.anonymous_voting && !visitor.anonymousKey) {
      const token = newToken();
      reply.setCookie(VISITOR_COOKIE, token, { ...cookieOptions, maxAge: 365 * 86_400 });
      visitor.anonymousKey = hashToken(`${board.id}:${token}`);
    }
    return visitor;
  }

  function viewerOf(visitor: BoardVisitor): BoardViewer {
    const c = visitor.customer;
    return { signedIn: !!c, confirmed: !!c?.confirmed, email: c?.email ?? null, name: c?.name ?? null, csrfToken: c?.csrfToken ?? null };
  }

  /** A bot filled in the hidden field: answer as if all went well and store nothing. */
  const isBot = (body: { website?: string }) => !!body.website && body.website.length > 0;

  r.get('/api/public/boards/:slug', { schema: { summary: 'A public board and who is looking', tags, params: slugParams, response: { 200: publicBoard, ...errorResponses } } }, async (request) => {
    const board = await requireBoard(app.db, request.params.slug);
    const visitor = await visitorOf(request, board);
    return {
      slug: board.slug,
      title: board.title,
      intro: board.intro,
      workspaceName: board.workspace_name,
      anonymousVoting: board.anonymous_voting,
      moderation: board.moderation,
      languages: board.languages,
      tags: await listTags(app.db, board.workspace_id),
      viewer: viewerOf(visitor),
    };
  });

  r.get(
    '/api/public/boards/:slug/ideas',
    { schema: { summary: 'Ideas: sort trending|top|newest, filter by status and tag, search', tags, params: slugParams, querystring: ideaListQuery, response: { 200: ideaList, ...errorResponses } } },
    async (request) => {
      const board = await requireBoard(app.db, request.params.slug);
      const visitor = await visitorOf(request, board);
      const q = request.query;
      const rows = await listIdeas(app.db, {
        workspaceId: board.workspace_id,
        boardId: board.id,
        sort: q.sort,
        status: q.status,
        tagId: q.tag,
        q: q.q || undefined,
        limit: q.limit,
        offset: q.offset,
        viewerCustomerId: visitor.customer?.id,
        viewerAnonymousKey: visitor.anonymousKey,
      });
      const tagMap = await tagsOfIdeas(app.db, board.workspace_id, rows.map((x) => x.id));
      return { ideas: rows.map((x) => presentPublicIdea(x, tagMap.get(x.id))), total: rows[0]?.total ?? 0 };
    },
  );

  r.get(
    '/api/public/boards/:slug/ideas/:ideaId',
    { schema: { summary: 'One idea with its comments', tags, params: ideaParams, response: { 200: publicIdeaDetail, ...errorResponses } } },
    async (request) => {
      const board = await requireBoard(app.db, request.params.slug);
      const visitor = await visitorOf(request, board);
      const [row] = await listIdeas(app.db, {
        workspaceId: board.workspace_id,
        boardId: board.id,
        sort: 'newest',
        ids: [request.params.ideaId],
        limit: 1,
        offset: 0,
        viewerCustomerId: visitor.customer?.id,
        viewerAnonymousKey: visitor.anonymousKey,
      });
      if (!row) {
        // A merged duplicate answers 409 with the idea it went into, so old links can follow.
        await requireVisibleIdea(app.db, board, request.params.ideaId);
        throw errors.notFound('Idea');
      }
      const tagMap = await tagsOfIdeas(app.db, board.workspace_id, [row.id]);
      const comments = await listComments(app.db, { workspaceId: board.workspace_id, ideaId: row.id, viewerCustomerId: visitor.customer?.id });
      return { ...presentPublicIdea(row, tagMap.get(row.id)), commentList: comments.map(presentPublicComment) };
    },
  );

  r.get(
    '/api/public/boards/:slug/similar',
    {
      schema: { summary: 'Existing ideas like a draft (Dutch and English stemming)', tags, params: slugParams, querystring: similarQuery, response: { 200: similarList, ...errorResponses } },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => {
      const board = await requireBoard(app.db, request.params.slug);
      const candidates = await listIdeaTexts(app.db, { workspaceId: board.workspace_id, boardId: board.id });
      const ranked = rankSimilarIdeas(request.query.q, candidates);
      return { ideas: ranked.map((i) => ({ id: i.id, title: i.title, status: i.status, votes: Number(i.votes), score: i.score })) };
    },
  );

  r.post(
    '/api/public/boards/:slug/sign-in',
    {
      schema: { summary: 'Mail a sign-in link (magic link); what you post before confirming stays pending', tags, params: slugParams, body: signInBody, response: { 202: accepted, ...errorResponses } },
      bodyLimit: SMALL_BODY,
      config: { ...open, rateLimit: { max: 10, timeWindow: '15 minutes' } },
    },
    async (request, reply) => {
      const board = await requireBoard(app.db, request.params.slug);
      if (isBot(request.body)) return reply.status(202).send({ ok: true as const, confirmed: false });
      const current = await visitorOf(request, board);
      const result = await requestSignIn(app.db, {
        board,
        email: request.body.email,
        name: request.body.name,
        locale: request.body.locale,
        publicUrl: app.config.publicUrl,
        currentSessionId: current.customer?.sessionId,
      });
      if (result.sessionToken) reply.setCookie(CUSTOMER_COOKIE, result.sessionToken, { ...cookieOptions, maxAge: CUSTOMER_SESSION_DAYS * 86_400 });
      return reply.status(202).send({ ok: true as const, confirmed: false });
    },
  );

  r.post(
    '/api/public/customer-sign-in/confirm',
    {
      schema: { summary: 'Follow a magic link: confirm the e-mail address and publish what was pending', tags, body: confirmSignInBody, response: { 200: confirmSignInResult, ...errorResponses } },
      bodyLimit: SMALL_BODY,
      config: { ...open, rateLimit: { max: 30, timeWindow: '15 minutes' } },
    },
    async (request, reply) => {
      const token = cookieValue(request, CUSTOMER_COOKIE);
      const currentSessionId = token ? hashToken(token) : null;
      const result = await confirmSignIn(app.db, { token: request.body.token, currentSessionId });
      if (result.sessionToken) reply.setCookie(CUSTOMER_COOKIE, result.sessionToken, { ...cookieOptions, maxAge: CUSTOMER_SESSION_DAYS * 86_400 });
      const board = await requireBoard(app.db, result.slug);
      const customer = await findCustomerSession(app.db, { sessionToken: result.sessionToken ?? token!, workspaceId: board.workspace_id });
      return { slug: result.slug, published: result.published, viewer: viewerOf({ customer, anonymousKey: null }) };
    },
  );

  r.post('/api/public/boards/:slug/sign-out', { schema: { summary: 'Sign out of the board', tags, params: slugParams, response: { 200: ok, ...errorResponses } }, bodyLimit: SMALL_BODY, config: open }, async (request, reply) => {
    const board = await requireBoard(app.db, request.params.slug);
    const visitor = await visitorOf(request, board);
    if (visitor.customer) {
      if (request.headers[CSRF_HEADER] !== visitor.customer.csrfToken) throw errors.csrf();
      await endCustomerSession(app.db, visitor.customer.sessionId);
    }
    reply.clearCookie(CUSTOMER_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.post(
    '/api/public/boards/:slug/ideas',
    {
      schema: { summary: 'Post an idea (signed-in customer; pending until the e-mail is confirmed)', tags, params: slugParams, body: postIdeaBody, response: { 201: created, ...errorResponses } },
      bodyLimit: PHOTO_BODY,
      config: { ...open, rateLimit: { max: 20, timeWindow: '10 minutes' } },
    },
    async (request, reply) => {
      const board = await requireBoard(app.db, request.params.slug);
      const visitor = await writer(request, reply, board);
      if (isBot(request.body)) return reply.status(201).send({ id: '00000000-0000-0000-0000-000000000000', state: 'pending' as const });
      const b = request.body;
      const result = await postIdea(app.db, { board, visitor, title: b.title, description: b.description, photo: b.photo?.data, language: b.language });
      return reply.status(201).send(result);
    },
  );

  const voteSchema = { tags, params: ideaParams, response: { 200: voteResult, ...errorResponses } };
  const voteConfig = { ...open, rateLimit: { max: 300, timeWindow: '1 minute' } };
  r.put('/api/public/boards/:slug/ideas/:ideaId/vote', { schema: { summary: 'Vote (idempotent: a repeat stores nothing new)', ...voteSchema }, bodyLimit: SMALL_BODY, config: voteConfig }, async (request, reply) => {
    const board = await requireBoard(app.db, request.params.slug);
    const visitor = await writer(request, reply, board, { anonymousOk: true });
    return castVote(app.db, { board, visitor, ideaId: request.params.ideaId });
  });
  r.delete('/api/public/boards/:slug/ideas/:ideaId/vote', { schema: { summary: 'Withdraw a vote (idempotent)', ...voteSchema }, bodyLimit: SMALL_BODY, config: voteConfig }, async (request, reply) => {
    const board = await requireBoard(app.db, request.params.slug);
    const visitor = await writer(request, reply, board, { anonymousOk: true });
    return withdrawVote(app.db, { board, visitor, ideaId: request.params.ideaId });
  });

  r.post(
    '/api/public/boards/:slug/ideas/:ideaId/comments',
    {
      schema: { summary: 'Comment on an idea', tags, params: ideaParams, body: postCommentBody, response: { 201: created, ...errorResponses } },
      bodyLimit: SMALL_BODY,
      config: { ...open, rateLimit: { max: 30, timeWindow: '10 minutes' } },
    },
    async (request, reply) => {
      const board = await requireBoard(app.db, request.params.slug);
      const visitor = await writer(request, reply, board);
      if (isBot(request.body)) return reply.status(201).send({ id: '00000000-0000-0000-0000-000000000000', state: 'pending' as const });
      return reply.status(201).send(await postComment(app.db, { board, visitor, ideaId: request.params.ideaId, body: request.body.body }));
    },
  );

  r.get('/api/public/boards/:slug/roadmap', { schema: { summary: 'Planned, in progress and made', tags, params: slugParams, response: { 200: roadmap, ...errorResponses } } }, async (request) => {
    const board = await requireBoard(app.db, request.params.slug);
    const visitor = await visitorOf(request, board);
    const rows = await listIdeas(app.db, {
      workspaceId: board.workspace_id,
      boardId: board.id,
      sort: 'top',
      statuses: [...ROADMAP_STATUSES],
      limit: 300,
      offset: 0,
      viewerCustomerId: visitor.customer?.id,
      viewerAnonymousKey: visitor.anonymousKey,
    });
    const published = rows.filter((x) => x.state === 'published');
    const tagMap = await tagsOfIdeas(app.db, board.workspace_id, published.map((x) => x.id));
    const column = (s: string) => published.filter((x) => x.status === s).map((x) => presentPublicIdea(x, tagMap.get(x.id)));
    return { planned: column('planned'), in_progress: column('in_progress'), made: column('made') };
  });

  r.get('/api/public/boards/:slug/changelog', { schema: { summary: 'Published changelog entries', tags, params: slugParams, response: { 200: publicChangelog, ...errorResponses } } }, async (request) => {
    const board = await requireBoard(app.db, request.params.slug);
    const entries = await listChangelogEntries(app.db, { workspaceId: board.workspace_id, publishedOnly: true });
    return {
      entries: entries.map((e) => ({
        id: e.id,
        title: e.title,
        body: e.body,
        publishedAt: new Date(e.published_at!).toISOString(),
        ideas: e.ideas.filter((i) => i.state === 'published' && !i.hidden).map((i) => ({ id: i.id, title: i.title })),
      })),
    };
  });

  r.get('/api/public/boards/:slug/showcase', { schema: { summary: 'Approved customer photos', tags, params: slugParams, response: { 200: showcaseList, ...errorResponses } } }, async (request) => {
    const board = await requireBoard(app.db, request.params.slug);
    const photos = await listShowcase(app.db, { workspaceId: board.workspace_id, states: ['published'] });
    return { photos: photos.map(({ state: _state, ...p }) => p) };
  });

  r.post(
    '/api/public/boards/:slug/showcase',
    {
      schema: { summary: 'Send a photo with the product (shown after review)', tags, params: slugParams, body: postShowcaseBody, response: { 201: created, ...errorResponses } },
      bodyLimit: PHOTO_BODY,
      config: { ...open, rateLimit: { max: 5, timeWindow: '1 hour' } },
    },
    async (request, reply) => {
      const board = await requireBoard(app.db, request.params.slug);
      const visitor = await writer(request, reply, board);
      if (isBot(request.body)) return reply.status(201).send({ id: '00000000-0000-0000-0000-000000000000', state: 'pending' as const });
      return reply.status(201).send(await postShowcasePhoto(app.db, { board, visitor, photo: request.body.photo.data, caption: request.body.caption }));
    },
  );

  r.get('/api/public/board-images/:imageId', { schema: { summary: 'A board photo', tags, params: z.object({ imageId: z.string().uuid() }) } }, async (request, reply) => {
    const image = await findBoardImage(app.db, request.params.imageId);
    if (!image) throw errors.notFound('Image');
    return reply
      .header('content-type', image.mime_type)
      .header('cache-control', 'private, max-age=86400')
      .header('content-security-policy', "default-src 'none'")
      .send(Buffer.from(image.bytes));
  });

  r.post(
    '/api/public/unsubscribe',
    { schema: { summary: 'Stop board e-mails (link in every notification)', tags, body: unsubscribeBody, response: { 200: ok, ...errorResponses } }, bodyLimit: SMALL_BODY, config: { ...open, rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request) => {
      const customerId = readUnsubscribeToken(app.config.sessionSecret, request.body.token);
      if (!customerId) throw errors.validation([{ field: 'body.token', reason: 'not a valid unsubscribe link' }]);
      await app.db.updateTable('customers').set({ unsubscribed_at: new Date(), updated_at: new Date() }).where('id', '=', customerId).where('unsubscribed_at', 'is', null).execute();
      return { ok: true as const };
    },
  );
}
