import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Pages a business may frame on its own website: the public survey (/s/<slug>) and ideas board (/b/<slug>).
const FRAMEABLE = ['/s', '/b'];

/** True for a public page other sites may frame. */
export function isFrameablePage(url: string): boolean {
  const path = url.split('?')[0];
  return FRAMEABLE.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Helmet writes X-Frame-Options and `frame-ancestors 'self'` on every response; for the frameable public
 * pages this hook drops the first and opens only the second, so every other directive of the global policy
 * stays as it is. Added on the root instance so it sees the web app's catch-all route too.
 */
export function registerPublicFraming(app: FastifyInstance) {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (!isFrameablePage(request.url)) return payload;
    reply.raw.removeHeader('x-frame-options');
    const csp = reply.raw.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.raw.setHeader('content-security-policy', csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
    return payload;
  });
}
