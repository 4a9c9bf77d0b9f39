import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { column, numericColumn, readCsv } from '../csv.ts';
import { crosstab } from '../../analysis/crosstab.ts';

const HELP = `klankbord crosstab FILE --rows COL --cols COL [--weight COL] [--json]

Crosstab of two columns: counts, row and column percentages, Pearson chi-square test of independence (df, p),
Cramer's V, cells with expected count < 5, and column-proportion z-tests (Holm-corrected): a letter in a cell
names a column whose share in that row is significantly lower (alpha 0.05).
Rows with an empty cell in either column are left out. Labels sort as numbers when all numeric.`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, {
    rows: { type: 'string' }, cols: { type: 'string' }, weight: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const file = requireFile(positionals);
  const rowCol = requireOption(values, 'rows');
  const colCol = requireOption(values, 'cols');
  const table = readCsv(file);
  const rowRaw = column(table, rowCol);
  const colRaw = column(table, colCol);
  const weightCol = typeof values.weight === 'string' ? values.weight : undefined;
  const allWeights = weightCol ? numericColumn(table, weightCol) : undefined;

  const r: string[] = [];
  const c: string[] = [];
  const w: number[] = [];
  rowRaw.forEach((v, i) => {
    if (v === '' || colRaw[i] === '') return;
    if (allWeights) {
      const x = allWeights[i];
      if (x === null) throw new CliError(`column "${weightCol}" row ${i + 2}: missing weight`);
      if (x < 0) throw new CliError(`column "${weightCol}" row ${i + 2}: negative weight ${x}`);
      w.push(x);
    }
    r.push(v);
    c.push(colRaw[i]);
  });
  if (r.length === 0) throw new CliError(`columns "${rowCol}" and "${colCol}" have no rows with both answers`);
  let x;
  try {
    x = crosstab(r, c, allWeights ? w : undefined);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const out = { ...x, missing: rowRaw.length - r.length };
  if (values.json) {
    io.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  const header = [`${rowCol} \\ ${colCol}`, ...x.cols.map((l, j) => `${l} (${x.columnLetters[j]})`), 'total'];
  const body = x.rows.map((label, i) => [
    label,
    ...x.cols.map((_, j) => `${fmt(x.counts[i][j])}  ${x.colPercents[i][j].toFixed(1)}%${x.columnTests[i][j] ? ' ' + x.columnTests[i][j] : ''}${x.expectedBelow5[i][j] ? ' *' : ''}`),
    fmt(x.counts[i].reduce((a, b) => a + b, 0)),
  ]);
  body.push(['total', ...x.cols.map((_, j) => fmt(x.counts.reduce((a, row) => a + row[j], 0))), fmt(x.counts.flat().reduce((a, b) => a + b, 0))]);
  const grid = [header, ...body];
  const widths = header.map((_, k) => Math.max(...grid.map((row) => row[k].length)));
  const lines = grid.map((row) => row.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  '));
  lines.push('');
  lines.push('cells: count  column %  letters of columns with a significantly lower share (Holm, 5%)  * expected count < 5');
  lines.push(x.chi2 === null
    ? 'chi-square: not computed (needs at least 2 rows and 2 columns)'
    : `chi-square = ${x.chi2.toFixed(3)}, df = ${x.df}, p = ${x.p!.toPrecision(4)}, Cramer's V = ${x.cramersV!.toFixed(3)}`);
  lines.push(`n = ${x.n}${weightCol ? ` (effective n ${x.nEffective.toFixed(1)})` : ''}${out.missing ? `, ${out.missing} rows with a missing answer left out` : ''}`);
  for (const f of x.flags) lines.push(`note: ${f}`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
};
