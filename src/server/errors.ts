/**
 * The error catalog: every error a client can see has a stable code and an HTTP status.
 * Domain code throws AppError (via the factories below); the error handler turns it into
 * `{ "error": { "code", "message", "details" } }`. Anything else becomes a 500 without details.
 */
export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. "body.email" or "answers.q3". */
  field?: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errors = {
  validation: (details: ErrorDetail[], message = 'The request is not valid.') => new AppError(400, 'VALIDATION_FAILED', message, details),
  malformedJson: (reason: string) => new AppError(400, 'MALFORMED_JSON', 'The request body is not valid JSON.', [{ field: 'body', reason }]),
  unsupportedMediaType: (type: string) =>
    new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content type "${type}" is not accepted here.`, [{ field: 'content-type', reason: 'not accepted' }]),
  payloadTooLarge: (limit: number) =>
    new AppError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`, [{ field: 'body', reason: `larger than ${limit} bytes` }]),
  unauthenticated: () => new AppError(401, 'UNAUTHENTICATED', 'Log in first.'),
  invalidCredentials: () => new AppError(401, 'INVALID_CREDENTIALS', 'E-mail address or password is wrong.'),
  csrf: () => new AppError(403, 'CSRF_TOKEN_INVALID', 'The request lacks a valid CSRF token (header x-csrf-token).', [{ field: 'x-csrf-token', reason: 'missing or wrong' }]),
  forbidden: (message = 'You do not have access to this.') => new AppError(403, 'FORBIDDEN', message),
  notFound: (what: string) => new AppError(404, 'NOT_FOUND', `${what} not found.`),
  conflict: (code: string, message: string, details: ErrorDetail[] = []) => new AppError(409, code, message, details),
  gone: (code: string, message: string) => new AppError(410, code, message),
  rateLimited: (seconds: number) => new AppError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} seconds.`),
  unprocessable: (code: string, message: string, details: ErrorDetail[] = []) => new AppError(422, code, message, details),
};
