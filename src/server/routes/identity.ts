import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { identityProfile, identityProfileBody, imageQuestionOption, imageSummary } from '../../shared/identity.ts';
import { findIdentityProfile, findSavedSegments, listSavedSegments, saveIdentityProfile, surveysBelongTo } from '../../domain/identity/identity.repository.ts';
import { presentIdentityProfile } from '../../domain/identity/identity.presenter.ts';
import { identityImage } from '../../domain/identity/identity-image.ts';
import { listImageQuestionOptions } from '../../domain/identity/image-summary.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const langQuery = z.object({ lang: z.enum(['nl', 'en']).optional() });

async function profileOf(app: FastifyInstance, workspaceId: string) {
  const row = await findIdentityProfile(app.db, workspaceId);
  return presentIdentityProfile(row, row ? await findSavedSegments(app.db, workspaceId, row.audience_segment_ids) : []);
}

/** The identity profile (who we are, what we are GREAT/good at and cannot do, for whom) and its measured image. */
export async function identityRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['identity'];

  r.get('/identity', { schema: { summary: 'The identity profile', tags, response: { 200: identityProfile, ...errorResponses } } }, async (request) => {
    return profileOf(app, requireWorkspace(request).id);
  });

  r.put(
    '/identity',
    { schema: { summary: 'Save the identity profile (owners)', tags, body: identityProfileBody, response: { 200: identityProfile, ...errorResponses } }, config: { minRole: 'owner' } },
    async (request) => {
      const ws = requireWorkspace(request);
      const body = request.body;
      if (!(await surveysBelongTo(app.db, ws.id, body.imageQuestions.map((q) => q.surveyId)))) throw errors.notFound('Survey');
      const segments = await findSavedSegments(app.db, ws.id, body.audienceSegmentIds);
      if (segments.length !== new Set(body.audienceSegmentIds).size) throw errors.notFound('Segment');
      await saveIdentityProfile(app.db, { workspaceId: ws.id, userId: ws.userId, profile: body });
      return profileOf(app, ws.id);
    },
  );

  r.get(
    '/identity/image',
    { schema: { summary: 'What customers say (image questions) next to what the team claims, with the gaps', tags, querystring: langQuery, response: { 200: imageSummary, ...errorResponses } } },
    async (request) => identityImage(app.db, requireWorkspace(request).id, request.query.lang ?? 'nl'),
  );

  r.get(
    '/identity/options',
    {
      schema: {
        summary: 'Survey questions and saved segments the profile can link to',
        tags,
        querystring: langQuery,
        response: { 200: z.object({ questions: z.array(imageQuestionOption), segments: z.array(z.object({ id: z.string(), name: z.string() })) }), ...errorResponses },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      return { questions: await listImageQuestionOptions(app.db, ws.id, request.query.lang ?? 'nl'), segments: await listSavedSegments(app.db, ws.id) };
    },
  );
}
