import { writeFileSync } from 'node:fs';
import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { readCsv, writeCsv } from '../csv.ts';
import { assignSegments } from '../../analysis/lca.ts';
import { fitFromOptions, OPTIONS } from './lca.ts';

const HELP = `klankbord segment FILE --items A,B,C [--classes K | --classes 2-6] [--starts N] [--seed S] [--listwise] --out OUT.csv [--json]

Fits a latent class model (a range picks the lowest BIC) and writes FILE with two extra columns:
  segment     class number, 1 = largest class; empty when the row answered none of the items
  segment_p   posterior probability of that class
Options as for klankbord lca.`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...OPTIONS, out: { type: 'string' } });
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const file = requireFile(positionals);
  const out = requireOption(values, 'out');
  const table = readCsv(file);
  const { kept, comparison } = fitFromOptions(table, values);
  const model = comparison.models.find((m) => m.classes === comparison.best)!;
  const { segment, probability } = assignSegments(model);
  const segmentOfRow: (number | null)[] = new Array(table.rows.length).fill(null);
  const pOfRow: number[] = new Array(table.rows.length).fill(Number.NaN);
  for (let i = 0; i < segment.length; i++) {
    const row = kept ? kept[i] : i;
    if (segment[i] >= 0) {
      segmentOfRow[row] = segment[i] + 1;
      pOfRow[row] = probability[i];
    }
  }
  const header = [...table.header, 'segment', 'segment_p'];
  if (table.header.includes('segment') || table.header.includes('segment_p')) {
    throw new CliError('the file already has a "segment" or "segment_p" column');
  }
  const rows = table.rows.map((r, i) => [
    ...table.header.map((_, c) => r[c] ?? ''),
    segmentOfRow[i] === null ? '' : segmentOfRow[i]!,
    segmentOfRow[i] === null ? '' : Number(pOfRow[i].toFixed(6)),
  ]);
  try {
    writeFileSync(out, writeCsv(header, rows));
  } catch {
    throw new CliError(`cannot write file "${out}"`);
  }
  const sizes = model.shares.map((_, k) => segment.reduce((n, s) => n + (s === k ? 1 : 0), 0));
  const unassigned = segmentOfRow.filter((s) => s === null).length;
  if (values.json) {
    io.stdout.write(JSON.stringify({ classes: model.classes, n: model.n, bic: model.bic, shares: model.shares, sizes, unassigned, out }) + '\n');
  } else {
    io.stdout.write(
      `${model.classes} segment${model.classes > 1 ? 's' : ''} (BIC ${model.bic.toFixed(2)}), written to ${out}\n` +
        sizes.map((n, k) => `  segment ${k + 1}: ${n} rows (share ${(100 * model.shares[k]).toFixed(1)}%)`).join('\n') +
        `\n  no segment (no answers${kept ? ' or incomplete' : ''}): ${unassigned} rows\n`,
    );
  }
  return 0;
};
