import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { assignToThemes } from '../../analysis/text/assign-themes.ts';
import { BUILTIN_THEME_IDS, type ThemeDefinition } from '../../analysis/text/taxonomy.ts';
import { tagThemes } from '../../analysis/text/theme-tagging.ts';
import { discoverThemes } from '../../analysis/text/themes.ts';
import type { RefreshResult } from '../../shared/themes.ts';
import { listCustomThemes } from './custom-theme.repository.ts';
import { loadSourceAnswers, type SourceAnswer } from './theme-source.ts';
import { insertThemeRows, listAssignments, listCorrections, listThemeRows, replaceAutomaticAssignments, type AssignmentRow, type NewThemeRow, type ThemeRow } from './theme.repository.ts';
import { resolveTheme, workspaceTaxonomy } from './workspace-taxonomy.ts';

/** A tag below this does not put an answer in a theme. */
export const MIN_CONFIDENCE = 0.2;
/** Below this (and not placed by hand) an answer is on the manual-check list. */
export const LOW_CONFIDENCE_BELOW = 0.5;
/** Leftover answers needed before new candidate themes are looked for. */
const MIN_LEFTOVERS_FOR_CANDIDATES = 10;
/** A candidate theme needs at least this many answers: clearly new material, not noise. */
const MIN_CANDIDATE_SIZE = 5;

const BUILTIN = new Set<string>(BUILTIN_THEME_IDS);

/**
 * Runs or refreshes the themes of a source so that the team's edits survive new answers:
 * - answers placed by hand (moves, splits) keep their theme;
 * - every other answer is tagged again with the workspace taxonomy (built-in + own themes + the
 *   source's accepted and split-off themes taught by their members), with the workspace's
 *   corrections as nearest-neighbour examples; tags land in the theme a merge folded them into;
 * - what no theme takes joins a pending or dismissed candidate it resembles (assignToThemes), and
 *   clearly new material (a cluster of at least 5 answers) is offered as a new candidate theme.
 * Renames and hidden themes are rows of their own and are not touched.
 */
export async function refreshThemes(db: Db, props: { workspaceId: string; source: string }): Promise<RefreshResult> {
  const { workspaceId, source } = props;
  const answers = await loadSourceAnswers(db, workspaceId, source);
  return db.transaction().execute(async (trx) => {
    const rows = await listThemeRows(trx, workspaceId, source);
    const previous = await listAssignments(trx, workspaceId, source);
    const custom = await listCustomThemes(trx, workspaceId);
    const corrections = (await listCorrections(trx, workspaceId)).map((c) => ({ text: c.text, themeId: c.theme_id }));
    const textOf = new Map(answers.map((a) => [a.ref, a.text]));
    const previousRefs = new Set(previous.map((a) => a.answer_ref));
    const manual = previous.filter((a) => a.manual && textOf.has(a.answer_ref));
    const manualRefs = new Set(manual.map((a) => a.answer_ref));
    const taxonomy = workspaceTaxonomy({ custom, rows, assignments: previous, textOf });
    const definitionOf = new Map(taxonomy.map((t) => [t.id, t]));

    const auto = answers.filter((a) => !manualRefs.has(a.ref));
    const fresh: Omit<AssignmentRow, 'manual' | 'assigned_at'>[] = [];
    const leftovers: SourceAnswer[] = [];
    if (auto.length > 0) {
      const tagging = tagThemes(
        auto.map((a) => ({ id: a.ref, text: a.text })),
        taxonomy,
        { corrections, minConfidence: MIN_CONFIDENCE, lowConfidenceBelow: LOW_CONFIDENCE_BELOW },
      );
      const matchedOf = new Map(tagging.tags.map((t) => [`${t.answerId}\u0000${t.themeId}`, t.matched]));
      auto.forEach((a, i) => {
        const p = tagging.primary[i];
        if (p.confidence >= MIN_CONFIDENCE) {
          fresh.push({ answer_ref: a.ref, theme_id: resolveTheme(rows, p.themeId), confidence: round(p.confidence), matched: matchedOf.get(`${a.ref}\u0000${p.themeId}`) ?? [] });
        } else leftovers.push(a);
      });
    }

    // Leftovers: first the candidates already offered (pending or dismissed), then new clusters.
    const candidateRows = rows.filter((r) => r.origin === 'candidate' && (r.state === 'candidate' || r.state === 'dismissed'));
    let rest = leftovers;
    if (rest.length > 0 && candidateRows.length > 0) {
      const themes = candidateRows
        .map((r) => ({ id: r.id, label: r.label.nl, keywords: r.keywords, memberTexts: previous.filter((a) => a.theme_id === r.id && textOf.has(a.answer_ref)).map((a) => textOf.get(a.answer_ref)!) }))
        .filter((t) => t.keywords.length > 0 || t.memberTexts.length > 0);
      if (themes.length > 0) {
        const result = assignToThemes(rest.map((a) => ({ id: a.ref, text: a.text })), themes, { minSimilarity: 0.3, discovery: { minThemeSize: Number.MAX_SAFE_INTEGER } });
        const taken = new Set<string>();
        for (const as of result.assignments) {
          fresh.push({ answer_ref: as.answerId, theme_id: as.themeId, confidence: round(as.similarity), matched: ['similar to candidate'] });
          taken.add(as.answerId);
        }
        rest = rest.filter((a) => !taken.has(a.ref));
      }
    }
    const newRows: NewThemeRow[] = [];
    if (rest.length >= MIN_LEFTOVERS_FOR_CANDIDATES) {
      try {
        const found = discoverThemes(rest.map((a) => ({ id: a.ref, text: a.text })), { minThemeSize: MIN_CANDIDATE_SIZE, maxThemes: 8 });
        for (const t of found.themes) {
          const id = `candidate-${randomBytes(4).toString('hex')}`;
          const label = capitalise(t.label);
          newRows.push({ id, label: { nl: label, en: label }, keywords: t.keywords.slice(0, 8), origin: 'candidate', state: 'candidate' });
          const members = new Set(t.memberIds);
          for (const a of rest) if (members.has(a.ref)) fresh.push({ answer_ref: a.ref, theme_id: id, confidence: round(t.cohesion), matched: ['new cluster'] });
          rest = rest.filter((a) => !members.has(a.ref));
        }
      } catch (err) {
        if (!(err instanceof Error && err.message.includes('requires at least'))) throw err;
      }
    }
    for (const a of rest) fresh.push({ answer_ref: a.ref, theme_id: null, confidence: 0, matched: [] });

    // Themes of the taxonomy that now have answers get their row (label as shipped or as the workspace named it).
    const existing = new Set([...rows.map((r) => r.id), ...newRows.map((r) => r.id)]);
    for (const a of fresh) {
      if (!a.theme_id || existing.has(a.theme_id)) continue;
      const def: ThemeDefinition | undefined = definitionOf.get(a.theme_id);
      if (!def) continue;
      newRows.push({ id: def.id, label: def.label, keywords: [], origin: BUILTIN.has(def.id) ? 'builtin' : 'custom' });
      existing.add(def.id);
    }
    await insertThemeRows(trx, workspaceId, source, newRows);
    await replaceAutomaticAssignments(trx, workspaceId, source, fresh, new Set(textOf.keys()));
    return {
      answers: answers.length,
      newAnswers: answers.filter((a) => !previousRefs.has(a.ref)).length,
      assigned: fresh.filter((a) => a.theme_id !== null).length + manual.length,
      manualKept: manual.length,
      newCandidates: newRows.filter((r) => r.origin === 'candidate').length,
      unassigned: rest.length,
    };
  });
}

function round(x: number) {
  return Math.round(x * 1000) / 1000;
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type { ThemeRow };
