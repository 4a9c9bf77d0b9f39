import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicPageHtml, type PublicPageMessage } from '../../domain/invitations/public-page.presenter.ts';
import type { InvitationLanguage } from '../../domain/invitations/invitation-language.ts';
import { readUnsubscribeToken } from '../../domain/invitations/invitation-token.ts';
import { findCustomerWorkspaceName, unsubscribeCustomer } from '../../domain/contacts/customer.repository.ts';

const tokenParams = z.object({ token: z.string().max(120) });
const langQuery = z.object({ lang: z.string().max(5).optional() });

/** ?lang=, else the browser's first language (nl or en), else Dutch. */
export function pageLanguage(request: FastifyRequest): InvitationLanguage {
  const q = (request.query as { lang?: string } | undefined)?.lang;
  if (q === 'en' || q === 'nl') return q;
  return /^\s*en\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'nl';
}

export function messagePage(reply: FastifyReply, status: number, lang: InvitationLanguage, message: PublicPageMessage, opts: { workspace?: string; form?: string; path?: string } = {}) {
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(publicPageHtml(lang, message, opts));
}

/**
 * The unsubscribe link of invitation e-mails: GET shows a confirm button (link scanners must not
 * unsubscribe anyone), POST unsubscribes. POST also serves one-click unsubscribe from mail clients
 * (RFC 8058: form body "List-Unsubscribe=One-Click", cross-site, no cookies). No account needed.
 */
export async function unsubscribeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  const limit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

  r.get('/unsubscribe/:token', { schema: { hide: true, params: tokenParams, querystring: langQuery }, config: limit }, async (request, reply) => {
    const lang = pageLanguage(request);
    const path = `/unsubscribe/${request.params.token}`;
    const customerId = readUnsubscribeToken(app.config.sessionSecret, request.params.token);
    const workspace = customerId ? await findCustomerWorkspaceName(app.db, customerId) : undefined;
    if (!workspace) return messagePage(reply, 404, lang, 'unsubscribeUnknown', { path });
    return messagePage(reply, 200, lang, 'unsubscribeConfirm', { workspace, form: path, path });
  });

  r.post(
    '/unsubscribe/:token',
    // Mail clients post cross-site without a session; the signed token is the only credential needed.
    { schema: { hide: true, params: tokenParams, querystring: langQuery }, bodyLimit: 1024, config: { ...limit, csrf: false } },
    async (request, reply) => {
      const lang = pageLanguage(request);
      const path = `/unsubscribe/${request.params.token}`;
      const customerId = readUnsubscribeToken(app.config.sessionSecret, request.params.token);
      const workspace = customerId ? await findCustomerWorkspaceName(app.db, customerId) : undefined;
      if (!customerId || !workspace) return messagePage(reply, 404, lang, 'unsubscribeUnknown', { path });
      await unsubscribeCustomer(app.db, customerId);
      return messagePage(reply, 200, lang, 'unsubscribed', { workspace, path });
    },
  );
}
