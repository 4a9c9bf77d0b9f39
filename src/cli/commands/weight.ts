import { readFileSync, writeFileSync } from 'node:fs';
import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { columnIndex, numericColumn, readCsv, writeCsv } from '../csv.ts';
import { rake, type PopulationMargins } from '../../analysis/weighting.ts';

const HELP = `klankbord weight FILE --targets TARGETS.json --out OUT.csv [--trim LO,HI] [--weight COL] [--json]

Rakes the respondents (iterative proportional fitting) to population margins and writes FILE with a
"weight" column (mean weight 1) to OUT.csv. TARGETS.json maps column -> value -> population share, e.g.
  {"age": {"18-34": 0.3, "35-54": 0.35, "55+": 0.35}, "household": {"single": 0.4, "family": 0.6}}
Shares of each column must sum to 1 (within 0.01). Every value in the data needs a target.
--trim LO,HI bounds the weights to [LO, HI] x mean weight (e.g. 0.3,3); --weight COL starts from base weights.
Prints the design effect (Kish), effective n, iterations and whether the margins were met.`;

function readTargets(file: string): PopulationMargins {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot read targets "${file}": ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliError(`targets "${file}" must be an object {"column": {"value": share, ...}, ...}`);
  }
  const out: PopulationMargins = {};
  for (const [col, shares] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof shares !== 'object' || shares === null || Array.isArray(shares)) {
      throw new CliError(`targets for column "${col}" must be an object {"value": share, ...}`);
    }
    out[col] = {};
    for (const [value, share] of Object.entries(shares as Record<string, unknown>)) {
      if (typeof share !== 'number' || !Number.isFinite(share) || share < 0) {
        throw new CliError(`target for "${col}" = "${value}" must be a non-negative number`);
      }
      out[col][value] = share;
    }
  }
  if (Object.keys(out).length === 0) throw new CliError(`targets "${file}" name no columns`);
  return out;
}

function parseTrim(v: string): [number, number] {
  const parts = v.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || parts.some((x) => !Number.isFinite(x)) || !(parts[0] >= 0 && parts[0] <= 1 && parts[1] >= 1 && parts[0] < parts[1])) {
    throw new CliError(`--trim must be LO,HI with 0 <= LO <= 1 <= HI (got "${v}")`);
  }
  return [parts[0], parts[1]];
}

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, {
    targets: { type: 'string' }, out: { type: 'string' }, trim: { type: 'string' }, weight: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const file = requireFile(positionals);
  const targets = readTargets(requireOption(values, 'targets'));
  const outFile = requireOption(values, 'out');
  const trim = typeof values.trim === 'string' ? parseTrim(values.trim) : undefined;
  const table = readCsv(file);

  const respondents: Record<string, string[]> = {};
  for (const col of Object.keys(targets)) {
    if (!table.header.includes(col)) throw new CliError(`target column "${col}" not found in ${file} (columns: ${table.header.join(', ')})`);
    const idx = columnIndex(table, col);
    respondents[col] = table.rows.map((r, i) => {
      const v = r[idx] ?? '';
      if (v === '') throw new CliError(`column "${col}" row ${i + 2}: missing value; every respondent needs one to be weighted`);
      return v;
    });
  }
  let baseWeights: number[] | undefined;
  if (typeof values.weight === 'string') {
    const wc = values.weight;
    baseWeights = numericColumn(table, wc).map((w, i) => {
      if (w === null || w < 0) throw new CliError(`column "${wc}" row ${i + 2}: base weight must be a non-negative number`);
      return w;
    });
  }
  let result;
  try {
    result = rake(respondents, targets, { trim, baseWeights });
  } catch (err) {
    const msg = (err as Error).message.replace(/\(row index (\d+)\)/, (_, i: string) => `(row ${Number(i) + 2})`);
    throw new CliError(msg);
  }

  const existing = table.header.indexOf('weight');
  const header = existing >= 0 ? table.header : [...table.header, 'weight'];
  const rows = table.rows.map((r, i) => {
    const w = Number(result.weights[i].toPrecision(10));
    if (existing >= 0) return r.map((c, k) => (k === existing ? w : c));
    return [...r, w];
  });
  try {
    writeFileSync(outFile, writeCsv(header, rows));
  } catch (err) {
    throw new CliError(`cannot write "${outFile}": ${(err as Error).message}`);
  }
  const summary = {
    n: result.weights.length,
    designEffect: result.designEffect,
    effectiveN: result.effectiveN,
    iterations: result.iterations,
    converged: result.converged,
    maxMarginError: result.maxMarginError,
    minWeight: result.minWeight,
    maxWeight: result.maxWeight,
    trimmed: result.trimmed,
    out: outFile,
  };
  if (values.json) {
    io.stdout.write(JSON.stringify(summary) + '\n');
    return 0;
  }
  const lines = [
    `weighted ${summary.n} rows to ${Object.keys(targets).join(' x ')}; wrote ${outFile}`,
    `  design effect   ${summary.designEffect.toFixed(3)}`,
    `  effective n     ${summary.effectiveN.toFixed(1)}`,
    `  iterations      ${summary.iterations}`,
    `  converged       ${summary.converged ? 'yes' : `no (largest margin error ${(100 * summary.maxMarginError).toFixed(2)} points)`}`,
    `  weight range    ${summary.minWeight.toFixed(3)} to ${summary.maxWeight.toFixed(3)}${trim ? ` (trim ${trim[0]}..${trim[1]})` : ''}`,
  ];
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
};
