import { randomBytes, randomUUID } from 'node:crypto';
import { hashToken } from '../accounts/tokens.ts';
import type { Db } from '../../db/database.ts';
import { reportPeriod } from './report-period.ts';


/** Creates a share link for a period; returns the row and the token (shown once). */
export async function createReportLink(db: Db, props: { workspaceId: string; userId: string | null; periodKind: 'month' | 'quarter'; period: string }) {
  const period = reportPeriod(props.periodKind, props.period);
  const token = randomBytes(24).toString('base64url'); // only its hash is stored (hashToken)
  const id = randomUUID();
  await db
    .insertInto('report_links')
    .values({ id, workspace_id: props.workspaceId, token_hash: hashToken(token), period_kind: props.periodKind, period_start: period.startKey, created_by: props.userId, revoked_at: null })
    .execute();
  const row = await db.selectFrom('report_links').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { row, token };
}

export function listReportLinks(db: Db, workspaceId: string) {
  return db.selectFrom('report_links').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc').execute();
}
export type ReportLinkRow = Awaited<ReturnType<typeof listReportLinks>>[number];

/** Revokes a link; false when there is no such link in the workspace. Revoking twice is fine. */
export async function revokeReportLink(db: Db, workspaceId: string, linkId: string): Promise<boolean> {
  const link = await db.selectFrom('report_links').select(['id', 'revoked_at']).where('workspace_id', '=', workspaceId).where('id', '=', linkId).executeTakeFirst();
  if (!link) return false;
  if (!link.revoked_at) await db.updateTable('report_links').set({ revoked_at: new Date() }).where('workspace_id', '=', workspaceId).where('id', '=', linkId).execute();
  return true;
}

/** The live (not revoked) link of a token, or undefined. */
export function findLiveReportLink(db: Db, token: string) {
  return db.selectFrom('report_links').selectAll().where('token_hash', '=', hashToken(token)).where('revoked_at', 'is', null).executeTakeFirst();
}

export function presentReportLink(row: ReportLinkRow, extra: { token?: string; publicUrl?: string } = {}) {
  const period = reportPeriod(row.period_kind, row.period_start);
  return {
    id: row.id,
    periodKind: row.period_kind,
    periodStart: row.period_start,
    label: period.label,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    ...(extra.token ? { token: extra.token, url: `${extra.publicUrl ?? ''}/r/${extra.token}` } : {}),
  };
}
