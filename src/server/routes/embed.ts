import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { shareInfo } from '../../shared/distribution.ts';
import { findSurveyDefinition } from '../../domain/responses/response-list.repository.ts';
import { requireWorkspace } from '../plugins/auth.ts';
import { errors } from '../errors.ts';

const EMBED_SCRIPT = readFileSync(new URL('../embed/survey.js', import.meta.url), 'utf8');
const surveyParams = z.object({ workspaceId: z.string(), surveyId: z.string().uuid() });
const qrQuery = z.object({ size: z.coerce.number().int().min(128).max(2048).default(512) });

/** The public links of a survey, for the share panel and the QR code. */
export function surveyLinks(publicUrl: string, slug: string) {
  const url = `${publicUrl}/s/${slug}`;
  const embedUrl = `${url}?embed=1`;
  return {
    url,
    qrUrl: `${url}?channel=qr`,
    embedUrl,
    iframeSnippet: `<iframe src="${embedUrl}" title="Survey" width="100%" height="720" style="border:0;max-width:720px" loading="lazy"></iframe>`,
    scriptSnippet: `<script src="${publicUrl}/embed/survey.js" data-survey="${slug}" data-label="Geef uw mening" async></script>`,
  };
}

/** The embed script for other websites (public, cacheable, loadable cross-origin). */
export async function embedScriptRoutes(app: FastifyInstance) {
  app.get('/embed/survey.js', { schema: { hide: true }, config: { rateLimit: { max: 600, timeWindow: '1 minute' } } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      // Loaded by <script> from other sites: helmet's same-origin resource policy would block it.
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(EMBED_SCRIPT),
  );
}

/** Share panel data and QR downloads of a survey. Under /api/w/:workspaceId. */
export async function shareRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];

  async function slugOf(workspaceId: string, surveyId: string) {
    const survey = await findSurveyDefinition(app.db, workspaceId, surveyId);
    if (!survey) throw errors.notFound('Survey');
    return survey;
  }

  r.get('/surveys/:surveyId/share', { schema: { summary: 'Public link, QR code and embed snippets of a survey', tags, params: surveyParams, response: { 200: shareInfo, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    const survey = await slugOf(ws.id, request.params.surveyId);
    const base = `/api/w/${ws.id}/surveys/${survey.id}`;
    return { slug: survey.slug, status: survey.status, ...surveyLinks(app.config.publicUrl, survey.slug), qrPngPath: `${base}/qr.png`, qrSvgPath: `${base}/qr.svg` };
  });

  r.get('/surveys/:surveyId/qr.png', { schema: { summary: 'QR code of the public link (PNG download)', tags, params: surveyParams, querystring: qrQuery } }, async (request, reply) => {
    const ws = requireWorkspace(request);
    const survey = await slugOf(ws.id, request.params.surveyId);
    const png = await QRCode.toBuffer(surveyLinks(app.config.publicUrl, survey.slug).qrUrl, { type: 'png', width: request.query.size, margin: 2, errorCorrectionLevel: 'M' });
    return reply.type('image/png').header('content-disposition', `attachment; filename="qr-${survey.slug}.png"`).send(png);
  });

  r.get('/surveys/:surveyId/qr.svg', { schema: { summary: 'QR code of the public link (SVG download)', tags, params: surveyParams } }, async (request, reply) => {
    const ws = requireWorkspace(request);
    const survey = await slugOf(ws.id, request.params.surveyId);
    const svg = await QRCode.toString(surveyLinks(app.config.publicUrl, survey.slug).qrUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return reply.type('image/svg+xml').header('content-disposition', `attachment; filename="qr-${survey.slug}.svg"`).send(svg);
  });
}
