/**
 * The team's edits to a source's themes: rename, keywords, hide, merge, split, accept or dismiss a
 * candidate, and move one answer (remembered as a correction for later tagging in the workspace).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { BUILTIN_THEME_IDS } from '../../analysis/text/taxonomy.ts';
import { errors } from '../../server/errors.ts';
import { builtinTaxonomy } from '../../analysis/text/taxonomy.ts';
import { findCustomTheme } from './custom-theme.repository.ts';
import { loadSourceAnswers } from './theme-source.ts';
import {
  findThemeRow,
  insertCorrection,
  insertThemeRows,
  listAssignments,
  listThemeRows,
  moveAllAssignments,
  setManualAssignment,
  updateThemeRow,
  type ThemeRow,
} from './theme.repository.ts';
import { resolveTheme } from './workspace-taxonomy.ts';

interface SourceProps {
  workspaceId: string;
  source: string;
}

async function requireTheme(db: Db, p: SourceProps & { themeId: string }): Promise<ThemeRow> {
  const row = await findThemeRow(db, p.workspaceId, p.source, p.themeId);
  if (!row) throw errors.notFound('Theme');
  return row;
}

/** Renames a theme, sets its keywords, or hides / shows it. */
export async function updateTheme(db: Db, p: SourceProps & { themeId: string; label?: { nl: string; en: string }; keywords?: string[]; hidden?: boolean }) {
  await loadSourceAnswers(db, p.workspaceId, p.source);
  const row = await requireTheme(db, p);
  if (row.state === 'merged') throw errors.conflict('THEME_MERGED', 'This theme was merged into another; edit that one.');
  let state = row.state;
  if (p.hidden !== undefined) {
    if (row.state === 'candidate' || row.state === 'dismissed') throw errors.conflict('THEME_IS_CANDIDATE', 'Accept or dismiss a candidate theme instead of hiding it.');
    state = p.hidden ? 'hidden' : 'active';
  }
  await updateThemeRow(db, p.workspaceId, p.source, p.themeId, { label: p.label, keywords: p.keywords, state });
}

/**
 * Merges one theme into another: its answers move (hand-placed ones stay hand-placed), and later
 * tags for it land in the target. People in both are counted once, since evidence counts people.
 */
export async function mergeThemes(db: Db, p: SourceProps & { themeId: string; intoThemeId: string }) {
  await loadSourceAnswers(db, p.workspaceId, p.source);
  return db.transaction().execute(async (trx) => {
    const from = await requireTheme(trx, p);
    const into = await requireTheme(trx, { ...p, themeId: p.intoThemeId });
    if (from.id === into.id) throw errors.validation([{ field: 'body.intoThemeId', reason: 'a theme cannot be merged into itself' }]);
    if (from.state === 'merged' || into.state === 'merged' || into.state === 'dismissed') throw errors.conflict('THEME_MERGED', 'One of these themes was merged or dismissed already.');
    if (into.state === 'candidate') await updateThemeRow(trx, p.workspaceId, p.source, into.id, { state: 'active' });
    await moveAllAssignments(trx, p.workspaceId, p.source, from.id, into.id);
    // Themes merged into `from` earlier now point at the target directly.
    for (const r of await listThemeRows(trx, p.workspaceId, p.source)) {
      if (r.merged_into === from.id) await updateThemeRow(trx, p.workspaceId, p.source, r.id, { merged_into: into.id });
    }
    await updateThemeRow(trx, p.workspaceId, p.source, from.id, { state: 'merged', merged_into: into.id });
    return { id: into.id };
  });
}

/** Splits answers off a theme into a new theme of their own; the split answers count as placed by hand. */
export async function splitTheme(db: Db, p: SourceProps & { themeId: string; label: { nl: string; en: string }; keywords?: string[]; answerRefs: string[] }) {
  await loadSourceAnswers(db, p.workspaceId, p.source);
  return db.transaction().execute(async (trx) => {
    const from = await requireTheme(trx, p);
    if (from.state === 'merged') throw errors.conflict('THEME_MERGED', 'This theme was merged into another; split that one.');
    const inTheme = new Set((await listAssignments(trx, p.workspaceId, p.source)).filter((a) => a.theme_id === from.id).map((a) => a.answer_ref));
    const outside = p.answerRefs.filter((r) => !inTheme.has(r));
    if (outside.length > 0) throw errors.validation(outside.slice(0, 5).map((r) => ({ field: 'body.answerRefs', reason: `answer ${r} is not in this theme` })));
    const id = `split-${randomBytes(4).toString('hex')}`;
    await insertThemeRows(trx, p.workspaceId, p.source, [{ id, label: p.label, keywords: p.keywords ?? [], origin: 'split', split_from: from.id }]);
    for (const ref of new Set(p.answerRefs)) await setManualAssignment(trx, p.workspaceId, p.source, ref, id);
    return { id };
  });
}

/** Accepts a candidate theme: it becomes a theme of this source, and teaches later tagging by its answers. */
export async function acceptCandidate(db: Db, p: SourceProps & { themeId: string; label?: { nl: string; en: string } }) {
  await loadSourceAnswers(db, p.workspaceId, p.source);
  const row = await requireTheme(db, p);
  if (row.state !== 'candidate' && row.state !== 'dismissed') throw errors.conflict('NOT_A_CANDIDATE', 'Only a candidate theme can be accepted.');
  await updateThemeRow(db, p.workspaceId, p.source, row.id, { state: 'active', label: p.label });
}

/** Dismisses a candidate: it is no longer shown, and answers like it are not offered again. */
export async function dismissCandidate(db: Db, p: SourceProps & { themeId: string }) {
  await loadSourceAnswers(db, p.workspaceId, p.source);
  const row = await requireTheme(db, p);
  if (row.state !== 'candidate') throw errors.conflict('NOT_A_CANDIDATE', 'Only a pending candidate theme can be dismissed.');
  await updateThemeRow(db, p.workspaceId, p.source, row.id, { state: 'dismissed' });
}

/**
 * Moves one answer to a theme (or out of every theme, themeId null) by hand. The move is kept on
 * refresh and stored as a correction (text → theme) that tagThemes uses for every later answer in the
 * workspace, so near-identical answers follow.
 */
export async function moveAnswer(db: Db, p: SourceProps & { answerRef: string; themeId: string | null; userId: string | null }) {
  const answer = (await loadSourceAnswers(db, p.workspaceId, p.source)).find((a) => a.ref === p.answerRef);
  if (!answer) throw errors.notFound('Answer');
  return db.transaction().execute(async (trx) => {
    let themeId: string | null = null;
    if (p.themeId !== null) {
      const rows = await listThemeRows(trx, p.workspaceId, p.source);
      const resolved = resolveTheme(rows, p.themeId);
      const row = rows.find((r) => r.id === resolved);
      if (!row) {
        // A theme of the taxonomy not yet used in this source gets its row now.
        const builtin = builtinTaxonomy().find((t) => t.id === resolved);
        const custom = builtin ? undefined : await findCustomTheme(trx, p.workspaceId, resolved);
        if (!builtin && !custom) throw errors.notFound('Theme');
        const label = builtin?.label ?? custom!.label;
        await insertThemeRows(trx, p.workspaceId, p.source, [{ id: resolved, label, keywords: [], origin: (BUILTIN_THEME_IDS as readonly string[]).includes(resolved) ? 'builtin' : 'custom' }]);
      } else if (row.state === 'candidate' || row.state === 'dismissed') {
        await updateThemeRow(trx, p.workspaceId, p.source, row.id, { state: 'active' });
      }
      themeId = resolved;
      await insertCorrection(trx, { id: randomUUID(), workspaceId: p.workspaceId, source: p.source, answerRef: p.answerRef, text: answer.text, themeId, createdBy: p.userId });
    }
    await setManualAssignment(trx, p.workspaceId, p.source, p.answerRef, themeId);
    return { themeId };
  });
}
