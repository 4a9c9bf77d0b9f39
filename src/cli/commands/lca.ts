import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { columnIndex, readCsv, type CsvTable } from '../csv.ts';
import {
  compareLatentClassModels,
  completeResponses,
  encodeCategoricalResponses,
  type CategoricalResponses,
  type LatentClassComparison,
  type LatentClassModel,
} from '../../analysis/lca.ts';

const HELP = `klankbord lca FILE --items A,B,C [--classes K | --classes 2-6] [--starts N] [--seed S] [--listwise] [--json]

Latent class analysis of categorical answers (EM from many seeded random starts).
  --items      comma-separated columns to use (categories: the distinct non-empty values)
  --classes    number of classes, or a range such as 1-6 (default 1-6); a range picks the lowest BIC
  --starts     random starts per number of classes (default 10)
  --seed       seed of the random starts (default 1)
  --listwise   drop rows with any missing item (as poLCA's na.rm = TRUE); by default a row
               with some missing answers counts with the items it answered
Classes are numbered by decreasing share.`;

export const OPTIONS = {
  items: { type: 'string' },
  classes: { type: 'string' },
  starts: { type: 'string' },
  seed: { type: 'string' },
  listwise: { type: 'boolean' },
} as const;

/** Parses "--classes 3" or "--classes 2-6" into the list of K values. */
export function parseClasses(value: string | undefined): number[] {
  const v = value ?? '1-6';
  const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(v);
  if (!m) throw new CliError(`--classes must be a number or a range like 2-6, got "${v}"`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to < from || to > 20) throw new CliError(`--classes must be between 1 and 20 with from <= to, got "${v}"`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Parses a positive whole-number option, with a default. */
export function parseCount(values: Record<string, unknown>, name: string, fallback: number, min = 1): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const x = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(x) || x < min) throw new CliError(`--${name} must be a whole number >= ${min}, got "${String(v)}"`);
  return x;
}

/** Reads the item columns of a CSV table as categorical responses (CliError for unknown columns or empty items). */
export function itemResponses(table: CsvTable, itemsOption: string): CategoricalResponses {
  const items = itemsOption.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new CliError('--items must name at least one column');
  const columns = items.map((name) => {
    const i = columnIndex(table, name);
    return { name, values: table.rows.map((r) => r[i] ?? '') };
  });
  for (const c of columns) if (c.values.every((v) => v === '')) throw new CliError(`column "${c.name}" has no answers`);
  return encodeCategoricalResponses(columns);
}

/** The JSON shape of one model (issue "segments"): classes ordered by decreasing share. */
export function modelJson(model: LatentClassModel) {
  const categories: Record<string, string[]> = {};
  const probs: Record<string, number[][]> = {};
  model.items.forEach((item, j) => {
    categories[item] = model.categories[j];
    probs[item] = model.probs[j];
  });
  return {
    classes: model.classes,
    loglik: model.loglik,
    bic: model.bic,
    aic: model.aic,
    npar: model.npar,
    n: model.n,
    entropy: model.entropy,
    converged: model.converged,
    shares: model.shares,
    categories,
    probs,
  };
}

/** Fits one K or a range; shared by `lca` and `segment`. */
export function fitFromOptions(
  table: CsvTable,
  values: Record<string, string | boolean | undefined>,
): { responses: CategoricalResponses; kept: number[] | null; comparison: LatentClassComparison; single: boolean } {
  const all = itemResponses(table, requireOption(values, 'items'));
  const classes = parseClasses(values.classes as string | undefined);
  const starts = parseCount(values, 'starts', 10);
  const seed = parseCount(values, 'seed', 1, 0);
  let responses = all;
  let kept: number[] | null = null;
  if (values.listwise) {
    const complete = completeResponses(all);
    responses = complete.responses;
    kept = complete.kept;
  }
  try {
    const comparison = compareLatentClassModels(responses, classes, { starts, seed });
    return { responses, kept, comparison, single: classes.length === 1 };
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const table = readCsv(requireFile(positionals));
  const { comparison, single } = fitFromOptions(table, values);
  if (values.json) {
    const out = single
      ? modelJson(comparison.models[0])
      : { models: comparison.models.map(modelJson), best: comparison.best, criterion: comparison.criterion, noStructure: comparison.noStructure };
    io.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  io.stdout.write(formatComparison(comparison, single));
  return 0;
};

function formatComparison(cmp: LatentClassComparison, single: boolean): string {
  const lines: string[] = [];
  lines.push('classes      loglik         BIC         AIC  npar  entropy');
  for (const m of cmp.models) {
    lines.push(
      `${String(m.classes).padStart(7)} ${m.loglik.toFixed(3).padStart(11)} ${m.bic.toFixed(2).padStart(11)} ${m.aic.toFixed(2).padStart(11)} ${String(m.npar).padStart(5)}  ${m.entropy === null ? '     -' : m.entropy.toFixed(3).padStart(7)}${!single && m.classes === cmp.best ? '  <- best BIC' : ''}`,
    );
  }
  if (!single && cmp.noStructure) lines.push('', 'One class fits best: the answers show no segment structure.');
  const best = cmp.models.find((m) => m.classes === cmp.best) ?? cmp.models[0];
  lines.push('', `Model with ${best.classes} class${best.classes > 1 ? 'es' : ''} (n = ${best.n}):`);
  lines.push('class shares: ' + best.shares.map((s, k) => `${k + 1}: ${(100 * s).toFixed(1)}%`).join('  '));
  best.items.forEach((item, j) => {
    lines.push(`${item}  (categories ${best.categories[j].join(' / ')})`);
    best.probs[j].forEach((row, k) => lines.push(`  class ${k + 1}: ${row.map((p) => p.toFixed(4)).join('  ')}`));
  });
  return lines.join('\n') + '\n';
}
