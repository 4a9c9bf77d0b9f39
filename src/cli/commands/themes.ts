import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { column, readCsv } from '../csv.ts';
import { builtinTaxonomy } from '../../analysis/text/taxonomy.ts';
import { analyzeThemes, type ThemeMode } from '../../analysis/text/theme-analysis.ts';

const HELP = `klankbord themes FILE --column COL [--lang nl|en|auto] [--mode taxonomy|cluster|auto] [--json]

Groups the open answers in COL into themes (Dutch and English).
  --mode taxonomy  tag each answer with the built-in customer-experience taxonomy (price, delivery,
                   staff friendliness, product quality, opening hours, website, assortment wishes,
                   communication, cleanliness and ambience, complaints handling)
  --mode cluster   find themes without a taxonomy (TF-IDF + spherical k-means, k by silhouette)
  --mode auto      (default) taxonomy first, then clustering of the answers no theme took,
                   offered as candidate themes
  --lang           language of the answers (default auto: detected per answer)
Each theme: label, size, keywords, three representative quotes, and members (0-based data row
indexes). Rows with an empty answer are listed as missing.`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, {
    column: { type: 'string' }, lang: { type: 'string' }, mode: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const file = requireFile(positionals);
  const col = requireOption(values, 'column');
  const lang = typeof values.lang === 'string' ? values.lang : 'auto';
  if (!['nl', 'en', 'auto'].includes(lang)) throw new CliError(`--lang must be nl, en or auto, got "${lang}"`);
  const mode = typeof values.mode === 'string' ? values.mode : 'auto';
  if (!['taxonomy', 'cluster', 'auto'].includes(mode)) throw new CliError(`--mode must be taxonomy, cluster or auto, got "${mode}"`);
  const texts = column(readCsv(file), col);
  const answers = texts
    .map((text, i) => ({ id: String(i), text, ...(lang === 'auto' ? {} : { lang: lang as 'nl' | 'en' }) }))
    .filter((a) => a.text.trim() !== '');
  const missing = texts.flatMap((t, i) => (t.trim() === '' ? [i] : []));
  if (answers.length === 0) throw new CliError(`column "${col}" has no answers`);
  let result;
  try {
    result = analyzeThemes(answers, {
      mode: mode as ThemeMode,
      taxonomy: builtinTaxonomy(),
      ...(lang === 'auto' ? {} : { labelLanguage: lang as 'nl' | 'en' }),
    });
  } catch (err) {
    throw new CliError(`column "${col}": ${(err as Error).message}`);
  }
  const themes = result.themes.map((t) => ({
    id: t.id,
    label: t.label,
    size: t.size,
    keywords: t.keywords,
    quotes: t.quotes,
    members: t.memberIds.map(Number),
    confidence: Math.round(t.confidence * 1000) / 1000,
    candidate: t.candidate,
  }));
  const out = { themes, unassigned: result.unassigned.map(Number), lowConfidence: result.lowConfidence.map(Number), missing, mode };
  if (values.json) {
    io.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  const lines: string[] = [];
  const width = Math.max(5, ...themes.map((t) => t.label.length + (t.candidate ? 12 : 0)));
  lines.push(`${'theme'.padEnd(width)}  ${'size'.padStart(5)}  keywords`);
  for (const t of themes) {
    lines.push(`${(t.label + (t.candidate ? ' (candidate)' : '')).padEnd(width)}  ${String(t.size).padStart(5)}  ${t.keywords.join(', ')}`);
    for (const q of t.quotes) lines.push(`${''.padEnd(width)}         "${q.length > 100 ? q.slice(0, 97) + '...' : q}"`);
  }
  lines.push('');
  lines.push(`${answers.length} answers; ${out.unassigned.length} in no theme; ${out.lowConfidence.length} to check by hand (low confidence)${missing.length ? `; ${missing.length} empty` : ''}`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
};
