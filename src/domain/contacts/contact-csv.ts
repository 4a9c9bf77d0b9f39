import Papa from 'papaparse';

/**
 * Reading a contacts CSV: the team says which CSV column holds the e-mail address (and optionally the
 * name and language); every other chosen column becomes an attribute. Rows are deduplicated on the
 * e-mail address ignoring case; a later row fills in what an earlier one left empty. Pure.
 */

export interface ContactMapping {
  email: string;
  name?: string;
  locale?: string;
  /** CSV columns kept as attributes (attribute name = column header). */
  attributes?: string[];
}

export interface ContactRow {
  /** Lower-cased, trimmed. */
  email: string;
  name: string | null;
  locale: 'nl' | 'en' | null;
  attributes: Record<string, string>;
}

export interface ContactProblem {
  /** Row number in the file, the header being row 1. */
  row: number;
  reason: string;
}

export interface ContactsRead {
  headers: string[];
  contacts: ContactRow[];
  problems: ContactProblem[];
  /** Rows whose e-mail address appeared earlier in the file. */
  duplicates: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_CONTACT_ROWS = 20_000;

/** The header row and data rows of a CSV text (separator detected; BOM and empty lines dropped). */
export function parseCsvTable(csv: string): { headers: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

function localeOf(raw: string | undefined): 'nl' | 'en' | null {
  const v = (raw ?? '').trim().toLowerCase();
  if (v.startsWith('nl') || v === 'dutch' || v === 'nederlands') return 'nl';
  if (v.startsWith('en') || v === 'english' || v === 'engels') return 'en';
  return null;
}

/**
 * Reads contacts from CSV text with a column mapping. Throws (with the column name) when a mapped
 * column is missing from the header; rows without a valid e-mail address are reported, not read.
 */
export function readContactsCsv(csv: string, mapping: ContactMapping): ContactsRead {
  const { headers, rows } = parseCsvTable(csv);
  const index = (column: string) => {
    const i = headers.indexOf(column);
    if (i < 0) throw new ContactMappingError(column);
    return i;
  };
  const emailAt = index(mapping.email);
  const nameAt = mapping.name ? index(mapping.name) : -1;
  const localeAt = mapping.locale ? index(mapping.locale) : -1;
  const attributeAt = (mapping.attributes ?? []).filter((a) => a !== mapping.email).map((a) => [a, index(a)] as const);
  const byEmail = new Map<string, ContactRow>();
  const problems: ContactProblem[] = [];
  let duplicates = 0;
  rows.slice(0, MAX_CONTACT_ROWS).forEach((cells, i) => {
    const email = (cells[emailAt] ?? '').trim().toLowerCase();
    if (!EMAIL.test(email) || email.length > 254) {
      problems.push({ row: i + 2, reason: email ? `"${email}" is not an e-mail address` : 'no e-mail address' });
      return;
    }
    const attributes: Record<string, string> = {};
    for (const [name, at] of attributeAt) {
      const v = (cells[at] ?? '').trim();
      if (v) attributes[name] = v.slice(0, 500);
    }
    const row: ContactRow = { email, name: nameAt >= 0 ? (cells[nameAt] ?? '').trim().slice(0, 200) || null : null, locale: localeAt >= 0 ? localeOf(cells[localeAt]) : null, attributes };
    const earlier = byEmail.get(email);
    if (earlier) {
      duplicates++;
      byEmail.set(email, { email, name: earlier.name ?? row.name, locale: earlier.locale ?? row.locale, attributes: { ...row.attributes, ...earlier.attributes } });
    } else byEmail.set(email, row);
  });
  if (rows.length > MAX_CONTACT_ROWS) problems.push({ row: MAX_CONTACT_ROWS + 2, reason: `only the first ${MAX_CONTACT_ROWS} rows are read` });
  return { headers, contacts: [...byEmail.values()], problems, duplicates };
}

export class ContactMappingError extends Error {
  constructor(readonly column: string) {
    super(`column "${column}" is not in the file`);
  }
}
