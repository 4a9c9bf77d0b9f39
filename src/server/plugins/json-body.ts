import type { FastifyInstance } from 'fastify';
import { errors } from '../errors.ts';

/** The path of the first string (value or key) holding a NUL character, as `body.a.0.b`, or null. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${path}.${key.replaceAll('\u0000', '\\u0000')}`;
      const found = findNul(v, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * JSON bodies as Fastify parses them by default (secure-json-parse: prototype poisoning refused), plus one
 * rule PostgreSQL imposes: text and jsonb cannot hold the NUL character, so a body with "\u0000" in any
 * string or key gets a 400 naming the field here, instead of failing later as a database error.
 */
export function registerJsonBodyParser(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (err, value) => {
      if (err) return done(err, undefined);
      // Only an escaped NUL can reach a string: a raw one is already invalid JSON.
      const field = (body as string).includes('\\u0000') ? findNul(value, 'body') : null;
      if (field) return done(errors.validation([{ field, reason: 'contains a NUL character (\\u0000), which text may not hold' }]), undefined);
      done(null, value);
    });
  });
}
