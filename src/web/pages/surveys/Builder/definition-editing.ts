/**
 * Edits of a SurveyJS definition made by the builder: pure functions returning a new definition.
 * Questions are addressed by page index and element index.
 */
export type Definition = Record<string, unknown>;
export type Element = Record<string, unknown>;
export interface Page {
  name?: string;
  elements?: Element[];
  [key: string]: unknown;
}
export interface Position {
  page: number;
  index: number;
}

export type NewQuestionKind = 'single' | 'multi' | 'dropdown' | 'boolean' | 'rating5' | 'rating7' | 'nps' | 'matrix' | 'ranking' | 'number' | 'text' | 'comment' | 'email';
export const NEW_QUESTION_KINDS: NewQuestionKind[] = ['single', 'multi', 'dropdown', 'boolean', 'rating5', 'rating7', 'nps', 'matrix', 'ranking', 'number', 'text', 'comment', 'email'];

export function pagesOf(def: Definition): Page[] {
  return Array.isArray(def.pages) ? (def.pages as Page[]) : [];
}

function withPages(def: Definition, pages: Page[]): Definition {
  return { ...def, pages };
}

export function allNames(def: Definition): string[] {
  return pagesOf(def).flatMap((p) => (p.elements ?? []).map((e) => String(e.name)));
}

/** The next free name like q7. */
export function freeName(def: Definition, base = 'q'): string {
  const names = new Set(allNames(def));
  for (let i = 1; ; i++) if (!names.has(`${base}${i}`)) return `${base}${i}`;
}

const option = (n: number, value: string | number = `option${n}`) => ({ value, text: { nl: `Optie ${n}`, en: `Option ${n}` } });

/** A new question of a kind, with bilingual placeholder texts. */
export function newQuestion(kind: NewQuestionKind, name: string): Element {
  const title = { nl: 'Nieuwe vraag', en: 'New question' };
  const base = { name, title };
  switch (kind) {
    case 'single':
      return { type: 'radiogroup', ...base, choices: [option(1), option(2), option(3)] };
    case 'multi':
      return { type: 'checkbox', ...base, choices: [option(1), option(2), option(3)] };
    case 'dropdown':
      return { type: 'dropdown', ...base, choices: [option(1), option(2), option(3)] };
    case 'boolean':
      return { type: 'boolean', ...base };
    case 'rating5':
      return { type: 'rating', ...base, rateMin: 1, rateMax: 5 };
    case 'rating7':
      return { type: 'rating', ...base, rateMin: 1, rateMax: 7 };
    case 'nps':
      return {
        type: 'rating',
        ...base,
        title: { nl: 'Hoe waarschijnlijk is het dat u ons aanbeveelt?', en: 'How likely are you to recommend us?' },
        rateMin: 0,
        rateMax: 10,
        minRateDescription: { nl: 'Zeer onwaarschijnlijk', en: 'Very unlikely' },
        maxRateDescription: { nl: 'Zeer waarschijnlijk', en: 'Very likely' },
      };
    case 'matrix':
      return {
        type: 'matrix',
        ...base,
        rows: [
          { value: 'row1', text: { nl: 'Uitspraak 1', en: 'Statement 1' } },
          { value: 'row2', text: { nl: 'Uitspraak 2', en: 'Statement 2' } },
        ],
        columns: [
          { value: 1, text: { nl: 'Helemaal mee oneens', en: 'Strongly disagree' } },
          { value: 2, text: { nl: 'Mee oneens', en: 'Disagree' } },
          { value: 3, text: { nl: 'Neutraal', en: 'Neutral' } },
          { value: 4, text: { nl: 'Mee eens', en: 'Agree' } },
          { value: 5, text: { nl: 'Helemaal mee eens', en: 'Strongly agree' } },
        ],
      };
    case 'ranking':
      return { type: 'ranking', ...base, choices: [option(1), option(2), option(3)] };
    case 'number':
      return { type: 'text', inputType: 'number', ...base };
    case 'text':
      return { type: 'text', ...base };
    case 'comment':
      return { type: 'comment', ...base };
    case 'email':
      return { type: 'text', inputType: 'email', ...base, title: { nl: 'Uw e-mailadres', en: 'Your e-mail address' } };
  }
}

export function questionAt(def: Definition, pos: Position): Element | undefined {
  return pagesOf(def)[pos.page]?.elements?.[pos.index];
}

/** Adds a question at the end of a page (the last page when absent). Returns the new definition and position. */
export function addQuestion(def: Definition, element: Element, pageIndex?: number): { def: Definition; pos: Position } {
  const pages = pagesOf(def).length ? pagesOf(def).map((p) => ({ ...p, elements: [...(p.elements ?? [])] })) : [{ name: 'page1', elements: [] as Element[] }];
  const page = Math.min(pageIndex ?? pages.length - 1, pages.length - 1);
  pages[page].elements!.push(element);
  return { def: withPages(def, pages), pos: { page, index: pages[page].elements!.length - 1 } };
}

export function updateQuestion(def: Definition, pos: Position, element: Element): Definition {
  return withPages(
    def,
    pagesOf(def).map((p, i) => (i === pos.page ? { ...p, elements: (p.elements ?? []).map((e, j) => (j === pos.index ? element : e)) } : p)),
  );
}

export function deleteQuestion(def: Definition, pos: Position): Definition {
  return withPages(
    def,
    pagesOf(def).map((p, i) => (i === pos.page ? { ...p, elements: (p.elements ?? []).filter((_, j) => j !== pos.index) } : p)),
  );
}

/** Copies a question right below itself, with a fresh name. */
export function duplicateQuestion(def: Definition, pos: Position): { def: Definition; pos: Position } {
  const original = questionAt(def, pos);
  if (!original) return { def, pos };
  const copy = { ...structuredClone(original), name: freeName(def) };
  const pages = pagesOf(def).map((p, i) => (i === pos.page ? { ...p, elements: [...(p.elements ?? []).slice(0, pos.index + 1), copy, ...(p.elements ?? []).slice(pos.index + 1)] } : p));
  return { def: withPages(def, pages), pos: { page: pos.page, index: pos.index + 1 } };
}

/**
 * Moves a question one place up or down; at the edge of a page it moves to the end of the previous page
 * or the start of the next one.
 */
export function moveQuestion(def: Definition, pos: Position, direction: -1 | 1): { def: Definition; pos: Position } {
  const pages = pagesOf(def).map((p) => ({ ...p, elements: [...(p.elements ?? [])] }));
  const list = pages[pos.page]?.elements;
  if (!list) return { def, pos };
  const target = pos.index + direction;
  if (target >= 0 && target < list.length) {
    [list[pos.index], list[target]] = [list[target], list[pos.index]];
    return { def: withPages(def, pages), pos: { page: pos.page, index: target } };
  }
  const otherPage = pos.page + direction;
  if (otherPage < 0 || otherPage >= pages.length) return { def, pos };
  const [element] = list.splice(pos.index, 1);
  if (direction === -1) {
    pages[otherPage].elements!.push(element);
    return { def: withPages(def, pages), pos: { page: otherPage, index: pages[otherPage].elements!.length - 1 } };
  }
  pages[otherPage].elements!.unshift(element);
  return { def: withPages(def, pages), pos: { page: otherPage, index: 0 } };
}

export function addPage(def: Definition): Definition {
  const pages = pagesOf(def);
  const names = new Set(pages.map((p) => p.name));
  let n = pages.length + 1;
  while (names.has(`page${n}`)) n++;
  return withPages(def, [...pages, { name: `page${n}`, elements: [] }]);
}

export function deletePage(def: Definition, pageIndex: number): Definition {
  return withPages(
    def,
    pagesOf(def).filter((_, i) => i !== pageIndex),
  );
}

/** The questions before a position (candidates for "show if"). */
export function earlierQuestions(def: Definition, pos: Position): Element[] {
  const out: Element[] = [];
  pagesOf(def).forEach((p, i) => (p.elements ?? []).forEach((e, j) => (i < pos.page || (i === pos.page && j < pos.index) ? out.push(e) : undefined)));
  return out;
}

export type ShowIfOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'contains' | 'notempty' | 'empty';
export const SHOW_IF_OPERATORS: ShowIfOperator[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'contains', 'notempty', 'empty'];
const SYMBOL: Record<ShowIfOperator, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=', contains: 'contains', notempty: 'notempty', empty: 'empty' };

export interface ShowIf {
  question: string;
  operator: ShowIfOperator;
  value: string;
}

function literal(value: string): string {
  if (value === 'true' || value === 'false') return value;
  if (value.trim() !== '' && Number.isFinite(Number(value))) return value.trim();
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Writes a simple condition as SurveyJS visibleIf: `{q} = 'x'`, `{q} > 5`, `{q} contains 'x'`, `{q} notempty`. */
export function showIfExpression(s: ShowIf): string {
  const sym = SYMBOL[s.operator];
  if (s.operator === 'notempty' || s.operator === 'empty') return `{${s.question}} ${sym}`;
  return `{${s.question}} ${sym} ${literal(s.value)}`;
}

/** Reads a visibleIf the builder wrote (or any of the same simple form); undefined for anything else. */
export function parseShowIf(expression: string | undefined): ShowIf | undefined {
  if (!expression) return undefined;
  const m = expression.trim().match(/^\{([\w-]+)\}\s*(=|<>|!=|>=|<=|>|<|contains|notempty|empty)\s*(.*)$/);
  if (!m) return undefined;
  const operator = (Object.entries(SYMBOL).find(([, sym]) => sym === (m[2] === '!=' ? '<>' : m[2]))?.[0] ?? 'eq') as ShowIfOperator;
  let value = m[3].trim();
  if ((operator === 'notempty' || operator === 'empty') && value) return undefined;
  if (/^'.*'$|^".*"$/.test(value)) value = value.slice(1, -1).replace(/\\'/g, "'");
  else if (/\s(and|or)\s/i.test(value)) return undefined;
  return { question: m[1], operator, value };
}
