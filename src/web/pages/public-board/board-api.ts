import { ApiError } from '../../api/client.ts';
import type { ErrorEnvelope } from '../../../shared/error.ts';

let customerCsrf: string | null = null;

/** Set from GET /api/public/boards/:slug (viewer.csrfToken); sent as x-customer-csrf on writes. */
export function setCustomerCsrf(token: string | null) {
  customerCsrf = token;
}

/** The public board's own fetch: the customer session (kb_customer) is separate from the team session. */
export async function boardRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && customerCsrf) headers['x-customer-csrf'] = customerCsrf;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const e = (data as ErrorEnvelope | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.details ?? []);
  }
  return data as T;
}

export const boardApi = {
  get: <T>(p: string) => boardRequest<T>('GET', p),
  post: <T>(p: string, b: unknown = {}) => boardRequest<T>('POST', p, b),
  put: <T>(p: string) => boardRequest<T>('PUT', p, {}),
  delete: <T>(p: string) => boardRequest<T>('DELETE', p),
};

/** Reads a chosen file as a data: URL for the JSON upload. */
export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}
