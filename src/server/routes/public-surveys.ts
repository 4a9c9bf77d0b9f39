import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { publicSurvey, resumableResponse, submitResponseBody, submitResponseResult } from '../../shared/surveys.ts';
import { cachedSurveyBySlug, cachedSurveyVersion } from '../../domain/surveys/survey-cache.ts';
import { definitionLanguages } from '../../domain/surveys/check-survey-definition.ts';
import { availabilityError, submitResponse, surveyAvailability } from '../../domain/responses/submit-response.command.ts';
import { countResponses, findResponseByClientToken } from '../../domain/responses/response.repository.ts';
import { resolveInvitation } from '../../domain/responses/invitation-resolver.ts';
import { errors } from '../errors.ts';

/** The device cookie behind "one response per person" on public links (personal links use the invitation). */
export const RESPONDENT_COOKIE = 'kb_respondent';
/**
 * The same device key for the survey embedded on another website: a cross-site iframe never sends the
 * SameSite=Lax cookie above, and browsers that block third-party cookies and storage refuse everything
 * else; a partitioned cookie (CHIPS: SameSite=None; Secure; Partitioned) is kept per embedding site. Where
 * a browser refuses that too, the embed takes responses without a device key: one response per person is
 * then not enforced for it (see docs/survey-links.md).
 */
export const EMBED_RESPONDENT_COOKIE = 'kb_respondent_embed';
const COOKIE_PATH = '/api/public/surveys';
const slugParams = z.object({ slug: z.string().min(4).max(64).regex(/^[a-z0-9-]+$/, 'is not a survey link') });
const tokenParams = slugParams.extend({ clientToken: submitResponseBody.shape.clientToken });
const SUBMIT_LIMIT = 64 * 1024;
const KEY_PATTERN = /^[\w-]{16,64}$/;

/** The device key this request carries (first-party cookie, else the embed's partitioned cookie), if any. */
function existingRespondentKey(request: FastifyRequest): string | null {
  for (const name of [RESPONDENT_COOKIE, EMBED_RESPONDENT_COOKIE]) {
    const value = request.cookies[name];
    if (value && KEY_PATTERN.test(value)) return value;
  }
  return null;
}

function respondentKey(request: FastifyRequest, reply: FastifyReply): string {
  const existing = existingRespondentKey(request);
  if (existing) return existing;
  const fresh = randomUUID();
  const maxAge = 365 * 86_400;
  reply.setCookie(RESPONDENT_COOKIE, fresh, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge });
  // Secure is required for SameSite=None; browsers accept it over http only on localhost.
  reply.setCookie(EMBED_RESPONDENT_COOKIE, fresh, { path: COOKIE_PATH, httpOnly: true, sameSite: 'none', secure: true, partitioned: true, maxAge });
  return fresh;
}

async function openSurvey(app: FastifyInstance, slug: string) {
  const survey = await cachedSurveyBySlug(app.db, slug);
  if (!survey) throw errors.notFound('Survey');
  const unavailable = surveyAvailability(survey);
  if (unavailable) throw availabilityError(unavailable);
  return survey;
}

/** The public survey page's API: no account, rate-limited per IP, small bodies. */
export async function publicSurveyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public surveys'];

  r.get(
    '/api/public/surveys/:slug',
    {
      schema: { summary: 'A published survey: the current definition and what the page needs', tags, params: slugParams, response: { 200: publicSurvey, ...errorResponses } },
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const survey = await openSurvey(app, request.params.slug);
      if (survey.quota !== null && (await countResponses(app.db, survey.workspace_id, { surveyId: survey.id, status: 'complete' })) >= survey.quota) {
        throw errors.gone('QUOTA_REACHED', 'This survey has received all the responses it needs. Thank you for your interest!');
      }
      const version = await cachedSurveyVersion(app.db, survey, survey.current_version);
      if (!version) throw errors.notFound('Survey');
      const key = respondentKey(request, reply);
      let alreadyResponded = false;
      if (survey.one_response_per_person) {
        const done = await app.db
          .selectFrom('responses')
          .select('id')
          .where('survey_id', '=', survey.id)
          .where('respondent_key', '=', `device:${key}`)
          .where('status', '=', 'complete')
          .executeTakeFirst();
        alreadyResponded = !!done;
      }
      return {
        slug: survey.slug,
        name: survey.name,
        version: version.version,
        definition: version.definition,
        languages: definitionLanguages(version.definition),
        closesAt: survey.closes_at ? survey.closes_at.toISOString() : null,
        oneResponsePerPerson: survey.one_response_per_person,
        alreadyResponded,
      };
    },
  );

  r.get(
    '/api/public/surveys/:slug/responses/:clientToken',
    {
      schema: { summary: "Resume: this device's saved answers", tags, params: tokenParams, response: { 200: resumableResponse, ...errorResponses } },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => {
      const survey = await openSurvey(app, request.params.slug);
      const found = await findResponseByClientToken(app.db, survey.id, request.params.clientToken);
      if (!found) throw errors.notFound('Response');
      return { status: found.status, version: found.version, page: found.current_page, answers: found.answers };
    },
  );

  r.post(
    '/api/public/surveys/:slug/responses',
    {
      schema: {
        summary: 'Save a page of answers, or complete the response (idempotent by clientToken)',
        tags,
        params: slugParams,
        body: submitResponseBody,
        response: { 200: submitResponseResult, 201: submitResponseResult, ...errorResponses },
      },
      bodyLimit: SUBMIT_LIMIT,
      // Embedded surveys post cross-site and respondents have no session: there is nothing to forge.
      config: { csrf: false, rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const b = request.body;
      let invitation: { invitationId: string; customerId: string; language?: string | null } | null = null;
      if (b.invitation) {
        const survey = await openSurvey(app, request.params.slug);
        invitation = await resolveInvitation(app.db, { surveyId: survey.id, workspaceId: survey.workspace_id, token: b.invitation });
        if (!invitation) throw errors.validation([{ field: 'body.invitation', reason: 'is not a valid invitation for this survey' }]);
      }
      const stored = await submitResponse(app.db, {
        surveySlug: request.params.slug,
        clientToken: b.clientToken,
        answers: b.answers,
        page: b.page,
        complete: b.complete,
        version: b.version,
        language: b.language ?? invitation?.language ?? null,
        channel: invitation ? 'email' : (b.channel ?? 'link'),
        customerId: invitation?.customerId,
        invitationId: invitation?.invitationId,
        respondentKey: existingRespondentKey(request),
      });
      // A completed response answers 201 every time, so a retry gets exactly the first answer; page saves 200.
      return reply.status(b.complete ? 201 : 200).send({ id: stored.id, status: stored.status, version: stored.version });
    },
  );
}
