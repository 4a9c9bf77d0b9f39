import type { Db } from '../../db/database.ts';

export interface CustomThemeRow {
  id: string;
  label: { nl: string; en: string };
  keywords: string[];
  examples: string[];
  created_at: Date;
}

/** The workspace's own themes; they join the built-in taxonomy for every source of the workspace. */
export async function listCustomThemes(db: Db, workspaceId: string): Promise<CustomThemeRow[]> {
  const rows = await db.selectFrom('custom_themes').select(['id', 'label', 'keywords', 'examples', 'created_at']).where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, label: r.label as CustomThemeRow['label'], keywords: r.keywords as string[], examples: r.examples as string[], created_at: new Date(r.created_at) }));
}

export async function findCustomTheme(db: Db, workspaceId: string, id: string) {
  return (await listCustomThemes(db, workspaceId)).find((t) => t.id === id);
}

export async function insertCustomTheme(db: Db, props: { workspaceId: string; id: string; label: { nl: string; en: string }; keywords: string[]; examples: string[]; createdBy: string | null }) {
  await db
    .insertInto('custom_themes')
    .values({ workspace_id: props.workspaceId, id: props.id, label: JSON.stringify(props.label), keywords: JSON.stringify(props.keywords), examples: JSON.stringify(props.examples), created_by: props.createdBy })
    .execute();
}

export async function updateCustomTheme(db: Db, workspaceId: string, id: string, set: { label?: { nl: string; en: string }; keywords?: string[]; examples?: string[] }) {
  await db
    .updateTable('custom_themes')
    .set({
      ...(set.label ? { label: JSON.stringify(set.label) } : {}),
      ...(set.keywords ? { keywords: JSON.stringify(set.keywords) } : {}),
      ...(set.examples ? { examples: JSON.stringify(set.examples) } : {}),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  // The label shows in every source that has the theme.
  if (set.label) await db.updateTable('themes').set({ label: JSON.stringify(set.label) }).where('workspace_id', '=', workspaceId).where('id', '=', id).where('origin', '=', 'custom').execute();
}

export async function deleteCustomTheme(db: Db, workspaceId: string, id: string) {
  await db.deleteFrom('custom_themes').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  await db.updateTable('themes').set({ state: 'hidden' }).where('workspace_id', '=', workspaceId).where('id', '=', id).where('origin', '=', 'custom').execute();
}
