import type { Customer } from '../../shared/distribution.ts';

function iso(d: Date | string | null): string | null {
  return d === null ? null : new Date(d).toISOString();
}

/** A customer row as the API shows it. */
export function presentCustomer(row: {
  id: string;
  email: string | null;
  name: string | null;
  locale: string | null;
  source: string;
  attributes: Record<string, unknown>;
  unsubscribed_at: Date | string | null;
  created_at: Date | string;
}): Customer {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    source: row.source,
    attributes: row.attributes ?? {},
    unsubscribedAt: iso(row.unsubscribed_at),
    createdAt: iso(row.created_at)!,
  };
}
