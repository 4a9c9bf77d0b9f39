import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { column, numericColumn, readCsv } from '../csv.ts';
import { netPromoterScore } from '../../analysis/nps.ts';

const HELP = `klankbord nps FILE --column COL [--weight COL] [--json]

Net Promoter Score of a 0..10 column: shares of promoters (9-10), passives (7-8) and detractors (0-6),
NPS on the -100..100 scale, its standard error (trinomial variance) and 95% CI.
With --weight the shares are weighted and the CI uses the Kish effective sample size.
Empty cells are skipped; any other value outside the integers 0..10 is an error.`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { column: { type: 'string' }, weight: { type: 'string' } });
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const file = requireFile(positionals);
  const col = requireOption(values, 'column');
  const table = readCsv(file);
  const raw = column(table, col);
  const weightCol = typeof values.weight === 'string' ? values.weight : undefined;
  const allWeights = weightCol ? numericColumn(table, weightCol) : undefined;

  const scores: number[] = [];
  const weights: number[] = [];
  raw.forEach((v, i) => {
    if (v === '') return;
    const x = Number(v.replace(',', '.'));
    if (!Number.isInteger(x) || x < 0 || x > 10) throw new CliError(`column "${col}" row ${i + 2}: "${v}" is not an NPS score 0..10`);
    if (allWeights) {
      const w = allWeights[i];
      if (w === null) throw new CliError(`column "${weightCol}" row ${i + 2}: missing weight`);
      if (w < 0) throw new CliError(`column "${weightCol}" row ${i + 2}: negative weight ${w}`);
      weights.push(w);
    }
    scores.push(x);
  });
  if (scores.length === 0) throw new CliError(`column "${col}" has no answers`);
  let r;
  try {
    r = netPromoterScore(scores, allWeights ? weights : undefined);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const out = { ...r, missing: raw.length - scores.length };
  if (values.json) {
    io.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `NPS of "${col}"${weightCol ? ` (weighted by "${weightCol}")` : ''}`,
    `  n            ${r.n}${weightCol ? `  (effective n ${r.nEffective.toFixed(1)})` : ''}${out.missing ? `  (${out.missing} missing)` : ''}`,
    `  promoters    ${pct(r.promoters)}`,
    `  passives     ${pct(r.passives)}`,
    `  detractors   ${pct(r.detractors)}`,
    `  NPS          ${r.nps.toFixed(1)}`,
    `  SE           ${r.se.toFixed(2)}`,
    `  95% CI       ${r.ci95[0].toFixed(1)} to ${r.ci95[1].toFixed(1)}`,
  ];
  if (r.smallBase) lines.push(`  note: small base (n < 30); treat with caution`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
};
