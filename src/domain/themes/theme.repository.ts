import type { Db } from '../../db/database.ts';
import type { ThemeOrigin, ThemeState } from '../../db/schema.ts';

export interface ThemeRow {
  id: string;
  label: { nl: string; en: string };
  keywords: string[];
  origin: ThemeOrigin;
  state: ThemeState;
  merged_into: string | null;
  split_from: string | null;
}

export interface AssignmentRow {
  answer_ref: string;
  theme_id: string | null;
  confidence: number;
  manual: boolean;
  matched: string[];
  assigned_at: Date;
}

/** The theme model of one source as the team left it. */
export async function listThemeRows(db: Db, workspaceId: string, source: string): Promise<ThemeRow[]> {
  const rows = await db
    .selectFrom('themes')
    .select(['id', 'label', 'keywords', 'origin', 'state', 'merged_into', 'split_from'])
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', source)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, label: r.label as ThemeRow['label'], keywords: r.keywords as string[] }));
}

export async function findThemeRow(db: Db, workspaceId: string, source: string, id: string): Promise<ThemeRow | undefined> {
  return (await listThemeRows(db, workspaceId, source)).find((r) => r.id === id);
}

export interface NewThemeRow {
  id: string;
  label: { nl: string; en: string };
  keywords: string[];
  origin: ThemeOrigin;
  state?: ThemeState;
  split_from?: string | null;
}

export async function insertThemeRows(db: Db, workspaceId: string, source: string, rows: readonly NewThemeRow[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('themes')
    .values(
      rows.map((r) => ({
        workspace_id: workspaceId,
        source,
        id: r.id,
        label: JSON.stringify(r.label),
        keywords: JSON.stringify(r.keywords),
        origin: r.origin,
        state: r.state ?? 'active',
        merged_into: null,
        split_from: r.split_from ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['workspace_id', 'source', 'id']).doNothing())
    .execute();
}

export async function updateThemeRow(db: Db, workspaceId: string, source: string, id: string, set: Partial<Pick<ThemeRow, 'label' | 'keywords' | 'state' | 'merged_into'>>) {
  await db
    .updateTable('themes')
    .set({
      ...(set.label ? { label: JSON.stringify(set.label) } : {}),
      ...(set.keywords ? { keywords: JSON.stringify(set.keywords) } : {}),
      ...(set.state ? { state: set.state } : {}),
      ...(set.merged_into !== undefined ? { merged_into: set.merged_into } : {}),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', source)
    .where('id', '=', id)
    .execute();
}

export async function listAssignments(db: Db, workspaceId: string, source: string): Promise<AssignmentRow[]> {
  const rows = await db
    .selectFrom('theme_assignments')
    .select(['answer_ref', 'theme_id', 'confidence', 'manual', 'matched', 'assigned_at'])
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', source)
    .execute();
  return rows.map((r) => ({ ...r, confidence: Number(r.confidence), matched: r.matched as string[], assigned_at: new Date(r.assigned_at) }));
}

/** Replaces the automatic assignments of a source (manual ones stay) by `rows`. */
export async function replaceAutomaticAssignments(db: Db, workspaceId: string, source: string, rows: Omit<AssignmentRow, 'manual' | 'assigned_at'>[], keepRefs: ReadonlySet<string>) {
  await db.deleteFrom('theme_assignments').where('workspace_id', '=', workspaceId).where('source', '=', source).where('manual', '=', false).execute();
  // Manual assignments of answers that no longer exist (deleted responses) go too.
  const manual = await db.selectFrom('theme_assignments').select('answer_ref').where('workspace_id', '=', workspaceId).where('source', '=', source).execute();
  const gone = manual.map((m) => m.answer_ref).filter((r) => !keepRefs.has(r));
  for (let i = 0; i < gone.length; i += 500) {
    await db.deleteFrom('theme_assignments').where('workspace_id', '=', workspaceId).where('source', '=', source).where('answer_ref', 'in', gone.slice(i, i + 500)).execute();
  }
  const now = new Date();
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('theme_assignments')
      .values(rows.slice(i, i + 500).map((r) => ({ workspace_id: workspaceId, source, answer_ref: r.answer_ref, theme_id: r.theme_id, confidence: r.confidence, manual: false, matched: JSON.stringify(r.matched), assigned_at: now })))
      .execute();
  }
}

/** Sets one answer's theme by hand. */
export async function setManualAssignment(db: Db, workspaceId: string, source: string, answerRef: string, themeId: string | null) {
  await db
    .insertInto('theme_assignments')
    .values({ workspace_id: workspaceId, source, answer_ref: answerRef, theme_id: themeId, confidence: 1, manual: true, matched: JSON.stringify(['manual']), assigned_at: new Date() })
    .onConflict((oc) => oc.columns(['workspace_id', 'source', 'answer_ref']).doUpdateSet({ theme_id: themeId, confidence: 1, manual: true, matched: JSON.stringify(['manual']), assigned_at: new Date() }))
    .execute();
}

/** Moves every answer of one theme to another, keeping whether it was set by hand. */
export async function moveAllAssignments(db: Db, workspaceId: string, source: string, fromId: string, toId: string | null) {
  await db.updateTable('theme_assignments').set({ theme_id: toId }).where('workspace_id', '=', workspaceId).where('source', '=', source).where('theme_id', '=', fromId).execute();
}

export async function listCorrections(db: Db, workspaceId: string) {
  return db.selectFrom('theme_corrections').select(['text', 'theme_id', 'source', 'created_at']).where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
}

export async function insertCorrection(db: Db, props: { id: string; workspaceId: string; source: string; answerRef: string; text: string; themeId: string; createdBy: string | null }) {
  await db
    .insertInto('theme_corrections')
    .values({ id: props.id, workspace_id: props.workspaceId, source: props.source, answer_ref: props.answerRef, text: props.text, theme_id: props.themeId, created_by: props.createdBy })
    .execute();
}
