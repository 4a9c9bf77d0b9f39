import ExcelJS from 'exceljs';
import { textIn, type Cell, type ExportColumn, type ExportQuestion, type Language } from './export-columns.ts';
import { spreadsheetSafe } from './export-csv.ts';

const SHEET_NAMES: Record<Language, { responses: string; codebook: string; codebookHeader: string[] }> = {
  nl: { responses: 'Antwoorden', codebook: 'Codeboek', codebookHeader: ['Code', 'Label', 'Vraag', 'Waarden'] },
  en: { responses: 'Responses', codebook: 'Codebook', codebookHeader: ['Code', 'Label', 'Question', 'Values'] },
};

/** "1 = Goed; 2 = Slecht" for the codes a column can hold, in the language. */
function valueLabels(column: ExportColumn, question: ExportQuestion | undefined, lang: Language): string {
  if (!question) return '';
  if (column.kind === 'option') return lang === 'nl' ? '1 = gekozen; 0 = niet gekozen' : '1 = chosen; 0 = not chosen';
  if (column.kind === 'rank') return lang === 'nl' ? '1 = eerste plaats' : '1 = first place';
  const options = column.kind === 'row' ? question.columns : question.type === 'single' || question.type === 'dropdown' ? question.choices : undefined;
  if (question.type === 'boolean') return lang === 'nl' ? '1 = ja; 0 = nee' : '1 = yes; 0 = no';
  return (options ?? []).map((o) => `${o.value} = ${textIn(o.text, lang)}`).join('; ');
}

/**
 * The export as an XLSX workbook: sheet 1 holds the codes in row 1, the labels in row 2 and one row
 * per response from row 3; sheet 2 is the codebook (code, label, question, value labels).
 */
export async function responsesXlsx(
  columns: readonly ExportColumn[],
  rows: readonly Cell[][],
  questions: readonly ExportQuestion[],
  lang: Language,
): Promise<Buffer> {
  const names = SHEET_NAMES[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Klankbord';
  const sheet = workbook.addWorksheet(names.responses, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow(columns.map((c) => c.key)).font = { bold: true };
  sheet.addRow(columns.map((c) => c.label)).font = { italic: true };
  for (const r of rows) sheet.addRow(r.map((cell) => spreadsheetSafe(cell)));
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(10, c.key.length + 2));
  });
  const codebook = workbook.addWorksheet(names.codebook);
  codebook.addRow(names.codebookHeader).font = { bold: true };
  const byName = new Map(questions.map((q) => [q.name, q]));
  for (const c of columns) {
    const q = c.question ? byName.get(c.question) : undefined;
    codebook.addRow([c.key, c.label, q ? textIn(q.title, lang) : '', valueLabels(c, q, lang)]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
