import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { numericColumn, readCsv } from '../csv.ts';
import { driverAnalysis, importancePerformance } from '../../analysis/drivers.ts';

const HELP = `klankbord drivers FILE --outcome COL --predictors A,B,C [--weight COL] [--json]

Key-driver analysis: the share of the outcome's R-squared (linear regression) due to each predictor, by the
Shapley value decomposition (LMG), with Johnson's relative weights beside it, and an importance x performance
quadrant (performance = the predictor's mean). Rows with a missing value in any used column are left out.`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, {
    outcome: { type: 'string' }, predictors: { type: 'string' }, weight: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const file = requireFile(positionals);
  const outcomeCol = requireOption(values, 'outcome');
  const names = requireOption(values, 'predictors').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new CliError('--predictors needs at least one column name');
  const dup = names.find((n, i) => names.indexOf(n) !== i || n === outcomeCol);
  if (dup) throw new CliError(`column "${dup}" is used twice (outcome and predictors must be distinct)`);
  const table = readCsv(file);
  const weightCol = typeof values.weight === 'string' ? values.weight : undefined;
  const y = numericColumn(table, outcomeCol);
  const xs = names.map((n) => numericColumn(table, n));
  const w = weightCol ? numericColumn(table, weightCol) : undefined;

  const keep = y.map((v, i) => v !== null && xs.every((x) => x[i] !== null) && (!w || w[i] !== null));
  const pick = (col: (number | null)[]) => col.filter((_, i) => keep[i]) as number[];
  const weights = w ? pick(w) : undefined;
  weights?.forEach((x, i) => {
    if (x < 0) throw new CliError(`column "${weightCol}": negative weight ${x} (data row ${i + 1})`);
  });
  const predictors = Object.fromEntries(names.map((n, j) => [n, pick(xs[j])]));
  let r;
  try {
    r = driverAnalysis(pick(y), predictors, weights);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const performance = Object.fromEntries(names.map((n) => {
    const col = predictors[n];
    const ww = weights ?? col.map(() => 1);
    const sw = ww.reduce((a, b) => a + b, 0);
    return [n, col.reduce((a, v, i) => a + ww[i] * v, 0) / sw];
  }));
  const quadrants = importancePerformance(r.importance, performance);
  const out = { ...r, dropped: y.length - r.n, performance, quadrants };
  if (values.json) {
    io.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  const width = Math.max(9, ...names.map((n) => n.length));
  const lines = [
    `drivers of "${outcomeCol}": R-squared = ${r.r2.toFixed(4)}, n = ${r.n}${out.dropped ? ` (${out.dropped} rows with a missing value left out)` : ''}`,
    '',
    `${'predictor'.padEnd(width)}  Shapley share  Johnson share  mean     quadrant`,
    ...quadrants
      .slice()
      .sort((a, b) => b.importance - a.importance)
      .map((q) => `${q.attribute.padEnd(width)}  ${(100 * q.importance).toFixed(1).padStart(12)}%  ${(100 * r.relativeWeights[q.attribute]).toFixed(1).padStart(12)}%  ${q.performance.toFixed(2).padStart(7)}  ${q.quadrant}`),
  ];
  if (r.smallBase) lines.push('note: small base (n < 30); treat with caution');
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
};
