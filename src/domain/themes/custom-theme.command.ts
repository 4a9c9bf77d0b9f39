import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { customTheme } from '../../analysis/text/taxonomy.ts';
import { errors } from '../../server/errors.ts';
import type { CustomThemeView } from '../../shared/themes.ts';
import { findCustomTheme, insertCustomTheme, updateCustomTheme, type CustomThemeRow } from './custom-theme.repository.ts';

export function presentCustomTheme(row: CustomThemeRow): CustomThemeView {
  return { id: row.id, label: row.label, keywords: row.keywords, examples: row.examples, createdAt: row.created_at.toISOString() };
}

function checkTerms(props: { label: { nl: string; en: string }; keywords: string[]; examples: string[] }) {
  try {
    customTheme({ id: 'check', ...props });
  } catch (err) {
    throw errors.validation([{ field: 'body.keywords', reason: (err as Error).message }]);
  }
}

/** Adds a theme of the workspace's own (keywords and/or example answers); it joins the taxonomy at the next refresh of each source. */
export async function createCustomTheme(db: Db, props: { workspaceId: string; label: { nl: string; en: string }; keywords?: string[]; examples?: string[]; userId: string | null }) {
  const keywords = props.keywords ?? [];
  const examples = props.examples ?? [];
  checkTerms({ label: props.label, keywords, examples });
  const id = `custom-${randomBytes(4).toString('hex')}`;
  await insertCustomTheme(db, { workspaceId: props.workspaceId, id, label: props.label, keywords, examples, createdBy: props.userId });
  return presentCustomTheme((await findCustomTheme(db, props.workspaceId, id))!);
}

export async function changeCustomTheme(db: Db, props: { workspaceId: string; id: string; label?: { nl: string; en: string }; keywords?: string[]; examples?: string[] }) {
  const row = await findCustomTheme(db, props.workspaceId, props.id);
  if (!row) throw errors.notFound('Custom theme');
  const next = { label: props.label ?? row.label, keywords: props.keywords ?? row.keywords, examples: props.examples ?? row.examples };
  checkTerms(next);
  await updateCustomTheme(db, props.workspaceId, props.id, next);
  return presentCustomTheme((await findCustomTheme(db, props.workspaceId, props.id))!);
}
