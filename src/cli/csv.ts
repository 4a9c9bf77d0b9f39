import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CliError } from './cli-error.ts';

export interface CsvTable {
  header: string[];
  /** Data rows as strings; an empty cell is '' (missing). */
  rows: string[][];
}

/**
 * Reads a UTF-8 CSV file with a header row, separated by ',' or ';' (detected from the header line).
 * Throws a CliError for a missing file, an empty file or a file without data rows.
 */
export function readCsv(file: string): CsvTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read file "${file}"`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CliError(`file "${file}" is empty`);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) throw new CliError(`file "${file}" has no data rows`);
  return { header: header.map((h) => h.trim()), rows: rows.map((r) => r.map((c) => (c ?? '').trim())) };
}

/** Index of a column by name, or a CliError naming the column and the columns that exist. */
export function columnIndex(table: CsvTable, name: string): number {
  const i = table.header.indexOf(name);
  if (i < 0) throw new CliError(`column "${name}" not found (columns: ${table.header.join(', ')})`);
  return i;
}

/** The values of one column ('' for missing). */
export function column(table: CsvTable, name: string): string[] {
  const i = columnIndex(table, name);
  return table.rows.map((r) => r[i] ?? '');
}

/**
 * The values of one column as numbers (null for missing). Accepts a decimal comma ("3,5").
 * Throws a CliError naming the column, row and value for anything non-numeric.
 */
export function numericColumn(table: CsvTable, name: string): (number | null)[] {
  return column(table, name).map((v, i) => {
    if (v === '') return null;
    const x = Number(v.replace(',', '.'));
    if (!Number.isFinite(x)) throw new CliError(`column "${name}" row ${i + 2}: "${v}" is not a number`);
    return x;
  });
}

/** Serialises rows to CSV with the given delimiter, quoting where needed. */
export function writeCsv(header: string[], rows: (string | number)[][], delimiter = ','): string {
  return Papa.unparse({ fields: header, data: rows }, { delimiter, newline: '\n' }) + '\n';
}
