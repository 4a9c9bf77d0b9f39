import { z } from 'zod';

/** The one error envelope every 4xx/5xx response uses. */
export const errorEnvelope = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ field: z.string().optional(), reason: z.string() })),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelope>;

/** Response schemas for the error statuses a route may return, for the OpenAPI document. */
export const errorResponses = {
  400: errorEnvelope,
  401: errorEnvelope,
  403: errorEnvelope,
  404: errorEnvelope,
  409: errorEnvelope,
  410: errorEnvelope,
  413: errorEnvelope,
  422: errorEnvelope,
  429: errorEnvelope,
};
