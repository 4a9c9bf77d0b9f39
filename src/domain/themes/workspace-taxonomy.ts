/**
 * The taxonomy a source is tagged with: the built-in themes, the workspace's own themes, and the
 * themes the team made in this source (accepted candidates, split-off parts), the latter taught by
 * the texts of the answers in them.
 */
import { builtinTaxonomy, customTheme, type ThemeDefinition } from '../../analysis/text/taxonomy.ts';
import type { CustomThemeRow } from './custom-theme.repository.ts';
import type { AssignmentRow, ThemeRow } from './theme.repository.ts';

/** Most member texts a local theme is taught with (hand-placed ones first). */
const MAX_EXAMPLES = 25;

export function workspaceTaxonomy(props: {
  custom: readonly CustomThemeRow[];
  rows: readonly ThemeRow[];
  assignments: readonly AssignmentRow[];
  textOf: ReadonlyMap<string, string>;
}): ThemeDefinition[] {
  const taxonomy: ThemeDefinition[] = builtinTaxonomy();
  for (const c of props.custom) {
    try {
      taxonomy.push(customTheme({ id: c.id, label: c.label, keywords: c.keywords, examples: c.examples }));
    } catch {
      // A custom theme emptied of keywords and examples cannot tag anything; it is left out.
    }
  }
  const known = new Set(taxonomy.map((t) => t.id));
  for (const row of props.rows) {
    if (known.has(row.id) || (row.origin !== 'candidate' && row.origin !== 'split') || (row.state !== 'active' && row.state !== 'hidden')) continue;
    const members = props.assignments
      .filter((a) => a.theme_id === row.id && props.textOf.has(a.answer_ref))
      .sort((a, b) => Number(b.manual) - Number(a.manual) || b.confidence - a.confidence)
      .slice(0, MAX_EXAMPLES)
      .map((a) => props.textOf.get(a.answer_ref)!);
    // Discovered keywords are stems: let them match the words that start with them.
    const keywords = row.keywords.map((k) => (/^[\p{L}\p{N}]+$/u.test(k) ? `${k}*` : k));
    try {
      taxonomy.push(customTheme({ id: row.id, label: row.label, keywords, examples: members }));
    } catch {
      // No keywords and no members left: nothing to learn from.
    }
  }
  return taxonomy;
}

/** Follows merges: the theme an id now lives in (itself when not merged). */
export function resolveTheme(rows: readonly ThemeRow[], id: string): string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  let current = id;
  for (let hops = 0; hops < 20; hops++) {
    const r = byId.get(current);
    if (!r || r.state !== 'merged' || !r.merged_into) return current;
    current = r.merged_into;
  }
  return current;
}
