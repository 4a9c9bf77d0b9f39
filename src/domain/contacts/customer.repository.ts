import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface CustomerListFilter {
  search?: string;
  source?: string;
  unsubscribed?: boolean;
  page: number;
  pageSize: number;
}

const customerColumns = ['id', 'email', 'name', 'attributes', 'locale', 'source', 'unsubscribed_at', 'created_at', 'updated_at'] as const;

/** A page of the workspace's customers, newest first, with the total that match. */
export async function listCustomers(db: Db, workspaceId: string, filter: CustomerListFilter) {
  let q = db.selectFrom('customers').where('workspace_id', '=', workspaceId);
  if (filter.search) {
    const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(email)`, 'like', like), eb(sql`lower(name)`, 'like', like)]));
  }
  if (filter.source) q = q.where('source', '=', filter.source);
  if (filter.unsubscribed !== undefined) q = q.where('unsubscribed_at', filter.unsubscribed ? 'is not' : 'is', null);
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const items = await q
    .select(customerColumns)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items, total: Number(total) };
}

export function findCustomer(db: Db, workspaceId: string, customerId: string) {
  return db.selectFrom('customers').select(customerColumns).where('workspace_id', '=', workspaceId).where('id', '=', customerId).executeTakeFirst();
}

/** The customers of a workspace with these e-mail addresses (compared lower-cased). */
export async function findCustomersByEmail(db: Db, workspaceId: string, emails: string[]) {
  const out: { id: string; email: string; name: string | null; locale: string | null; attributes: Record<string, unknown> }[] = [];
  for (let i = 0; i < emails.length; i += 1000) {
    const chunk = emails.slice(i, i + 1000).map((e) => e.toLowerCase());
    const rows = await db
      .selectFrom('customers')
      .select(['id', sql<string>`lower(email)`.as('email'), 'name', 'locale', 'attributes'])
      .where('workspace_id', '=', workspaceId)
      .where(sql`lower(email)`, 'in', chunk)
      .execute();
    out.push(...rows);
  }
  return out;
}

/** Marks a customer unsubscribed (kept at the first moment). Returns false when there is no such customer. */
export async function unsubscribeCustomer(db: Db, customerId: string): Promise<boolean> {
  const res = await db
    .updateTable('customers')
    .set({ unsubscribed_at: sql`coalesce(unsubscribed_at, now())`, updated_at: new Date() })
    .where('id', '=', customerId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** The name of the workspace a customer belongs to (for pages the customer sees without an account). */
export async function findCustomerWorkspaceName(db: Db, customerId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('customers')
    .innerJoin('workspaces', 'workspaces.id', 'customers.workspace_id')
    .select('workspaces.name')
    .where('customers.id', '=', customerId)
    .executeTakeFirst();
  return row?.name;
}
