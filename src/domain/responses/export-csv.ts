import Papa from 'papaparse';
import type { Cell, ExportColumn } from './export-columns.ts';

// A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheet programs; the quote
// makes it text. The response import removes it again.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell safe to open in a spreadsheet (numbers stay numbers). */
export function spreadsheetSafe(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The export as CSV text: a UTF-8 byte order mark (so Excel reads accents right), one header row
 * (codes, or labels when header is 'labels') and one row per response.
 */
export function responsesCsv(columns: readonly ExportColumn[], rows: readonly Cell[][], opts: { header?: 'codes' | 'labels' } = {}): string {
  const header = columns.map((c) => (opts.header === 'labels' ? c.label : c.key));
  const body = rows.map((r) => r.map((cell) => spreadsheetSafe(cell) ?? ''));
  return '\uFEFF' + Papa.unparse({ fields: header, data: body }, { newline: '\r\n' });
}
