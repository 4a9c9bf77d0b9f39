import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errors, type ErrorDetail } from '../errors.ts';

// One place maps every failure to the error envelope. 4xx name the field and the reason;
// 5xx say nothing about the inside (the log has the stack).
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: appError.code, status: appError.status }, 'request rejected');
    const headers = (err as { headers?: Record<string, string> }).headers;
    if (appError.status === 429 && headers) reply.headers(headers);
    return reply.status(appError.status).send({ error: { code: appError.code, message: appError.message, details: appError.details } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}.`, details: [] } });
  });
}

function toAppError(err: FastifyError): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const base = err.validationContext ?? 'body';
    const details: ErrorDetail[] = err.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean);
      const keys = (v.params as { keys?: string[] }).keys;
      if (v.keyword === 'unrecognized_keys' && keys?.length) {
        return { field: [base, ...path, keys[0]].join('.'), reason: `unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}` };
      }
      return { field: [base, ...path].join('.'), reason: v.message ?? 'invalid' };
    });
    return errors.validation(details, `The request is not valid: ${details.map((d) => `${d.field} ${d.reason}`).join('; ')}.`);
  }
  if (isResponseSerializationError(err)) return new AppError(500, 'INTERNAL', 'Something went wrong on our side.');
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errors.malformedJson(err.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.payloadTooLarge(Number(err.message.match(/\d+/)?.[0] ?? 0));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errors.unsupportedMediaType(err.message.replace(/.*: /, ''));
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(400, 'BAD_REQUEST', 'The content length does not match the body.');
  }
  if (err.statusCode === 429) return errors.rateLimited(Math.ceil(Number((err as { ttl?: number }).ttl ?? 60_000) / 1000));
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own client errors (bad URL encoding, bad content length ...): say what, without internals.
    return new AppError(err.statusCode, 'BAD_REQUEST', err.message.replace(/^FST_\w+: /, ''));
  }
  return new AppError(500, 'INTERNAL', 'Something went wrong on our side.');
}
