import { analyzeSentiment, summarizeSentiment } from '../../analysis/text/sentiment.ts';
import { parseCommandArgs, requireFile, requireOption } from '../args.ts';
import { CliError, type CliCommand } from '../cli-error.ts';
import { column, readCsv } from '../csv.ts';

const HELP = `klankbord sentiment FILE --column COL [--lang nl|en|auto] [--json]

Sentiment per open answer (positive / neutral / negative, score -1..1) for Dutch and English text,
with the words that decided it. --lang auto (default) detects the language per answer.
An empty answer is neutral with score 0.`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { column: { type: 'string' }, lang: { type: 'string' } });
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const file = requireFile(positionals);
  const col = requireOption(values, 'column');
  const lang = (values.lang as string | undefined) ?? 'auto';
  if (lang !== 'nl' && lang !== 'en' && lang !== 'auto') throw new CliError(`--lang must be nl, en or auto, got "${lang}"`);
  const texts = column(readCsv(file), col);
  const rows = texts.map((t) => analyzeSentiment(t, lang));
  const summary = summarizeSentiment(rows);
  if (values.json) {
    io.stdout.write(JSON.stringify({ rows, summary }) + '\n');
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = ['row  label     score   lang   decided by'];
  rows.forEach((r, i) => {
    const why = r.decisive.slice(0, 3).map((d) => `${d.token} (${d.weight > 0 ? '+' : ''}${d.weight}${d.reason ? `, ${d.reason}` : ''})`).join('; ');
    lines.push(`${String(i + 1).padEnd(4)} ${r.label.padEnd(9)} ${r.score.toFixed(2).padStart(6)}  ${r.lang.padEnd(5)}  ${why}`);
  });
  lines.push('');
  lines.push(`n = ${summary.n}: positive ${summary.positive} (${pct(summary.shares.positive)}), neutral ${summary.neutral} (${pct(summary.shares.neutral)}), negative ${summary.negative} (${pct(summary.shares.negative)}); mean score ${summary.meanScore.toFixed(3)}`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
};
