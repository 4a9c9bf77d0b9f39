/**
 * The rules that turn sentiment tokens into weighted opinion units: lexicon lookup (curated first,
 * then the package lexicon, then Dutch compounds), multi-word expressions, negation scope,
 * intensifiers and diminishers, excess ("te duur", "too small"), contrast ("maar", "but"),
 * exclamation, complaint questions, hypothetical suggestions, and emoji.
 *
 * The rule set follows the lexicon-plus-rules design of VADER (Hutto & Gilbert 2014, "VADER: A
 * Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM) and of
 * SO-CAL (Taboada et al. 2011, "Lexicon-Based Methods for Sentiment Analysis", Computational
 * Linguistics 37(2)): negation shifts rather than simply flips, intensifiers multiply, the clause after
 * "but" weighs more. All multipliers are fixed by hand, not fitted to labelled data.
 */
import { EMOJI_WEIGHTS } from './sentiment-emoji.ts';
import { packageWeight, type CuratedLexicon, type SentimentLanguage } from './sentiment-lexicon.ts';
import { wordVariants, type SentimentToken } from './sentiment-tokens.ts';

/** One word or expression that moved the score, for "why" on hover. */
export interface DecisiveToken {
  token: string;
  weight: number;
  /** Comma-separated: lexicon | phrase | emoji | compound | negated | negated-expectation | intensified |
   *  diminished | excess | contrast-before | contrast-after | exclamation | question | hypothetical | complaint-question */
  reason: string;
}

export interface RuleScore {
  /** Sum of the weighted opinion units (unbounded). */
  total: number;
  /** How many opinion units were found. */
  hits: number;
  decisive: DecisiveToken[];
}

// Fixed multipliers (hand-set, after VADER/SO-CAL conventions).
const NEGATE_POSITIVE = -0.8; // "niet goed": clearly negative, a bit weaker than "slecht"
const NEGATE_NEGATIVE = -0.5; // "niet slecht": mildly positive (SO-CAL's shift, not a full flip)
const NEGATED_EXPECTATION = -1.5; // "niet ontvangen", "no reply"
const EXCESS_WEIGHT = -1.5; // "te duur", "too small"
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
const EXCLAMATION = 1.3;
const QUESTION_POSITIVE = 0.3; // a request ("hebben jullie ook leuke ...?") is not praise
const HYPOTHETICAL_POSITIVE = 0.15; // "zou fijn zijn als ..." is a suggestion, not praise
const COMPLAINT_QUESTION = -1.5;
const ABSENCE = -0.8; // "geen parkeerplaats", "no garage" at the start of a clause
const NEGATED_PARTICIPLE = -1.2; // "niet doorgekomen", "never fixed": something that should have happened
const NEGATION_WINDOW = 3;
const MODIFIER_WINDOW = 2;

interface Phrase {
  parts: ((w: string) => boolean)[];
  weight: number;
  length: number;
  /** Exact first words, or null when the first part is '*' or a prefix. */
  first: string[] | null;
}

/** A lexicon prepared for fast lookup. */
export interface CompiledLexicon {
  lang: SentimentLanguage;
  words: Map<string, number>;
  prefixes: [string, number][];
  phrases: Phrase[];
  /** Phrases by exact first word, plus those whose first part is open, each list longest first. */
  phrasesByFirst: Map<string, Phrase[]>;
  openPhrases: Phrase[];
  /** Memoised word lookups (the lexicons are fixed once compiled). */
  cache: Map<string, Lookup | null>;
  negators: Set<string>;
  negatorPairs: Set<string>;
  expected: Set<string>;
  intensifiers: Map<string, number>;
  diminishers: Map<string, number>;
  intensifierPrefixes: string[];
  contrast: Set<string>;
  excess: Set<string>;
  gradable: Set<string>;
  hypothetical: Set<string>;
  complaintQuestion: string[];
  requestOpeners: string[];
  absenceOpeners: string[];
  participle: RegExp;
}

const PARTICIPLE: Record<SentimentLanguage, RegExp> = {
  nl: /^[a-z]*(ge|be|ver|ont|her)[a-z]{2,}(d|t|en)$/,
  en: /^[a-z]{3,}ed$/,
};

function partMatcher(part: string): (w: string) => boolean {
  if (part === '*') return () => true;
  const alts = part.split('|').map((a) => a.replace(/’/g, "'"));
  return (w) => alts.some((a) => (a.endsWith('*') && a.length > 1 ? w.startsWith(a.slice(0, -1)) : w === a));
}

/**
 * Prepares a curated lexicon: words split into exact entries and prefix entries ('teleurstel*'),
 * multi-word entries moved to the phrase list, phrases compiled, longest first.
 * Cost: O(size of the lexicon), once per language.
 */
export function compileLexicon(lang: SentimentLanguage, lex: CuratedLexicon): CompiledLexicon {
  const words = new Map<string, number>();
  const prefixes: [string, number][] = [];
  const phraseEntries: [string, number][] = Object.entries(lex.phrases);
  for (const [k, v] of Object.entries(lex.words)) {
    if (k.includes(' ')) phraseEntries.push([k, v]);
    else if (k.endsWith('*')) prefixes.push([k.slice(0, -1), v]);
    else words.set(k.replace(/[.!]$/, ''), v);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const phrases = phraseEntries
    .map(([k, weight]) => {
      const raw = k.split(/\s+/);
      const parts = raw.map(partMatcher);
      const alts = raw[0].split('|');
      const first = alts.some((a) => a === '*' || a.endsWith('*')) ? null : alts;
      return { parts, weight, length: parts.length, first };
    })
    .sort((a, b) => b.length - a.length);
  const phrasesByFirst = new Map<string, Phrase[]>();
  for (const ph of phrases) for (const w of ph.first ?? []) phrasesByFirst.set(w, [...(phrasesByFirst.get(w) ?? []), ph]);
  const multi = (list: string[]) => new Set(list.filter((w) => w.includes(' ')));
  return {
    lang,
    words,
    prefixes,
    phrases,
    phrasesByFirst,
    openPhrases: phrases.filter((ph) => ph.first === null),
    cache: new Map(),
    negators: new Set(lex.negators.filter((w) => !w.includes(' '))),
    negatorPairs: multi(lex.negators),
    expected: new Set(lex.expected),
    intensifiers: new Map(Object.entries(lex.intensifiers)),
    diminishers: new Map(Object.entries(lex.diminishers)),
    intensifierPrefixes: [...lex.intensifierPrefixes].sort((a, b) => b.length - a.length),
    contrast: new Set(lex.contrast),
    excess: new Set(lex.excess),
    gradable: new Set(lex.gradable),
    hypothetical: new Set(lex.hypothetical),
    complaintQuestion: lex.complaintQuestion,
    requestOpeners: lex.requestOpeners,
    absenceOpeners: lex.absenceOpeners,
    participle: PARTICIPLE[lang],
  };
}

interface Lookup {
  weight: number;
  reason: string;
}

function lookupExact(w: string, lex: CompiledLexicon): Lookup | undefined {
  const curated = lex.words.get(w);
  if (curated !== undefined) return { weight: curated, reason: 'lexicon' };
  for (const [p, v] of lex.prefixes) if (w.startsWith(p)) return { weight: v, reason: 'lexicon' };
  return undefined;
}

function dutchInflections(w: string): string[] {
  const out: string[] = [];
  for (const suffix of ['ste', 'ere', 'er', 'en', 'e', 's']) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      out.push(base);
      if (/(.)\1$/.test(base)) out.push(base.slice(0, -1)); // snelle → snell → snel
      if (base.endsWith('v')) out.push(base.slice(0, -1) + 'f'); // lieve → lief
      if (base.endsWith('z')) out.push(base.slice(0, -1) + 's'); // boze → boos (approx.)
    }
  }
  return out;
}

/** Weight of one word: curated, then inflection, then package lexicon, then compound / intensifying prefix. */
export function lookupWord(raw: string, lex: CompiledLexicon): Lookup | undefined {
  const cached = lex.cache.get(raw);
  if (cached !== undefined) return cached ?? undefined;
  const found = lookupUncached(raw, lex);
  if (lex.cache.size < 50_000) lex.cache.set(raw, found ?? null);
  return found;
}

function lookupUncached(raw: string, lex: CompiledLexicon): Lookup | undefined {
  for (const w of wordVariants(raw)) {
    const exact = lookupExact(w, lex);
    if (exact) return exact;
    if (lex.lang === 'nl') {
      for (const base of dutchInflections(w)) {
        const hit = lex.words.get(base);
        if (hit !== undefined) return { weight: hit, reason: 'lexicon' };
      }
    }
    const pkg = packageWeight(w, lex.lang);
    if (pkg !== undefined && pkg !== 0) return { weight: pkg, reason: 'lexicon' };
    const dehyphen = w.replace(/-/g, '');
    for (const p of lex.intensifierPrefixes) {
      if (dehyphen.startsWith(p) && dehyphen.length >= p.length + 3) {
        const rest = lookupExact(dehyphen.slice(p.length), lex) ?? lookupPackage(dehyphen.slice(p.length), lex);
        if (rest && rest.weight !== 0) return { weight: clamp(rest.weight * 1.5), reason: 'intensified' };
      }
    }
    if (lex.lang === 'nl' && dehyphen.length >= 8) {
      // Dutch compounds carry the head's meaning: "klantvriendelijk", "bezorgservice-ellende".
      for (let i = 3; i <= dehyphen.length - 5; i++) {
        const head = dehyphen.slice(i);
        const modifier = dehyphen.slice(0, i);
        if (/^(on|in|ont|non|anti)$/.test(modifier)) continue;
        const hit = lex.words.get(head);
        if (hit !== undefined && hit !== 0) return { weight: hit * 0.9, reason: 'compound' };
      }
    }
  }
  return undefined;
}

function lookupPackage(w: string, lex: CompiledLexicon): Lookup | undefined {
  const v = packageWeight(w, lex.lang);
  return v === undefined || v === 0 ? undefined : { weight: v, reason: 'lexicon' };
}

function clamp(x: number): number {
  return Math.max(-3, Math.min(3, x));
}

interface Unit {
  start: number;
  end: number; // exclusive
  weight: number;
  reasons: string[];
  phrase: boolean;
  expected: boolean;
  sentence: number;
  /** A past participle without lexicon weight: negative only when negated. */
  participle?: boolean;
}

function emojiWeight(t: SentimentToken): number | undefined {
  const key = t.norm.replace(/[\u200D\p{Emoji_Modifier}]/gu, '');
  return EMOJI_WEIGHTS[key] ?? EMOJI_WEIGHTS[[...key][0] ?? ''];
}

function isBoundary(t: SentimentToken): boolean {
  return t.kind === 'punct';
}

/**
 * Scores a token sequence with one compiled lexicon.
 * Cost: O(tokens × phrases starting with each token). Never throws.
 * @example
 * scoreTokens(tokenizeForSentiment('niet slecht'), compileLexicon('nl', lexiconNl)).total // → 1 (phrase "niet slecht")
 */
export function scoreTokens(tokens: SentimentToken[], lex: CompiledLexicon): RuleScore {
  const words = tokens.map((t) => t.norm);
  const units: Unit[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);

  // 1. multi-word expressions, longest first, never across punctuation
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i].kind === 'punct') continue;
    const byFirst = lex.phrasesByFirst.get(words[i]) ?? [];
    const candidates = lex.openPhrases.length === 0 ? byFirst : [...byFirst, ...lex.openPhrases].sort((a, b) => b.length - a.length);
    for (const ph of candidates) {
      if (i + ph.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < ph.length && ok; k++) {
        const t = tokens[i + k];
        ok = !covered[i + k] && t.kind !== 'punct' && t.kind !== 'emoji' && ph.parts[k](words[i + k]);
      }
      if (!ok) continue;
      for (let k = 0; k < ph.length; k++) covered[i + k] = true;
      if (ph.weight !== 0) {
        units.push({ start: i, end: i + ph.length, weight: ph.weight, reasons: ['phrase'], phrase: true, expected: false, sentence: tokens[i].sentence });
      }
      break;
    }
  }

  // 2. single words and emoji
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i];
    if (t.kind === 'emoji') {
      const w = emojiWeight(t);
      if (w !== undefined) units.push({ start: i, end: i + 1, weight: w, reasons: ['emoji'], phrase: true, expected: false, sentence: t.sentence });
      continue;
    }
    if (t.kind !== 'word') continue;
    if (lex.expected.has(t.norm)) {
      units.push({ start: i, end: i + 1, weight: 0, reasons: [], phrase: false, expected: true, sentence: t.sentence });
      continue;
    }
    const hit = lookupWord(t.raw, lex);
    if (hit && hit.weight !== 0) {
      units.push({ start: i, end: i + 1, weight: hit.weight, reasons: [hit.reason], phrase: false, expected: false, sentence: t.sentence });
    } else if (lex.gradable.has(t.norm) && i > 0 && (lex.excess.has(words[i - 1]) || (i > 1 && lex.excess.has(`${words[i - 2]} ${words[i - 1]}`)))) {
      // neutral alone, negative after "te" / "too": "te klein", "too small"
      units.push({ start: i, end: i + 1, weight: 0, reasons: ['lexicon'], phrase: false, expected: false, sentence: t.sentence });
    } else if (!hit && lex.participle.test(t.norm)) {
      units.push({ start: i, end: i + 1, weight: 0, reasons: [], phrase: false, expected: true, sentence: t.sentence, participle: true });
    }
  }
  units.sort((a, b) => a.start - b.start);

  // 3. modifiers: a modifier word used as such loses its own weight ("super lekker": only lekker counts)
  const usedAsModifier = new Set<number>();
  const unitStarts = new Set(units.map((u) => u.start));
  for (const u of units) {
    if (u.phrase && u.reasons.includes('emoji')) continue;
    // excess: "te duur", "veel te klein", "too expensive", "way too late"
    const prev1 = u.start - 1;
    const prev2 = u.start - 2;
    const bigram = prev2 >= 0 ? `${words[prev2]} ${words[prev1]}` : '';
    const isExcess = prev1 >= 0 && (lex.excess.has(words[prev1]) || lex.excess.has(bigram));
    const excessWord = u.end - u.start === 1 ? words[u.start] : '';
    const verbLike = lex.lang === 'nl' ? /en$/.test(excessWord) : /ing$/.test(excessWord);
    if (isExcess && !u.phrase && !u.expected && (lex.gradable.has(excessWord) || (u.weight < 1 && u.weight !== 0 && !verbLike))) {
      u.weight = Math.min(EXCESS_WEIGHT, u.weight < 0 ? u.weight * 1.3 : EXCESS_WEIGHT);
      u.reasons.push('excess');
      usedAsModifier.add(prev1);
      if (lex.excess.has(bigram)) usedAsModifier.add(prev2);
    }
    // intensifiers and diminishers directly before (one or two words back, no punctuation in between)
    let mult = 1;
    for (let j = u.start - 1; j >= Math.max(0, u.start - MODIFIER_WINDOW); j--) {
      if (isBoundary(tokens[j]) || (unitStarts.has(j) && !isModifierWord(words[j], lex))) break;
      const pair = j > 0 ? `${words[j - 1]} ${words[j]}` : '';
      const dim = lex.diminishers.get(pair) ?? lex.diminishers.get(words[j]);
      const int = lex.intensifiers.get(words[j]);
      if (dim !== undefined) {
        mult *= dim;
        usedAsModifier.add(j);
        if (lex.diminishers.has(pair)) usedAsModifier.add(j - 1);
        u.reasons.push('diminished');
        break;
      }
      if (int !== undefined) {
        mult *= int;
        usedAsModifier.add(j);
        if (!u.reasons.includes('intensified')) u.reasons.push('intensified');
      } else if (!lex.excess.has(words[j])) break;
    }
    u.weight = clamp(u.weight * Math.min(mult, 2.5));
  }

  // 4. negation: a negator within a few words before, in the same clause, not across another opinion unit
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    if (u.reasons.includes('emoji')) continue;
    if (u.phrase && u.weight !== 0 && !u.expected) {
      // phrases carry their own negation ("niet slecht", "nooit meer"); only a negator right before flips them
      const j = u.start - 1;
      if (j >= 0 && lex.negators.has(words[j]) && tokens[j].kind === 'word') {
        u.weight = u.weight > 0 ? u.weight * NEGATE_POSITIVE : u.weight * NEGATE_NEGATIVE;
        u.reasons.push('negated');
        usedAsModifier.add(j);
      }
      continue;
    }
    // the previous opinion unit ends the scope, unless it is itself a negator or modifier ("nooit", "niks")
    let prevUnitEnd = 0;
    for (let k = ui - 1; k >= 0; k--) {
      const p = units[k];
      if (p.end - p.start === 1 && (lex.negators.has(words[p.start]) || isModifierWord(words[p.start], lex))) continue;
      prevUnitEnd = p.end;
      break;
    }
    let negator = -1;
    for (let j = u.start - 1; j >= Math.max(prevUnitEnd, u.start - NEGATION_WINDOW); j--) {
      if (isBoundary(tokens[j]) || lex.contrast.has(words[j])) break;
      if (lex.negators.has(words[j])) {
        negator = j;
        break;
      }
    }
    // Dutch and English also negate after the word at the end of a clause: "lekker was het niet"
    const next = u.end < tokens.length ? tokens[u.end] : undefined;
    if (negator < 0 && next && next.kind === 'word' && (next.norm === 'niet' || next.norm === 'not')) {
      const after = tokens[u.end + 1];
      if (!after || after.kind === 'punct') negator = u.end;
    }
    if (negator < 0) continue;
    usedAsModifier.add(negator);
    if (u.participle) {
      u.weight = NEGATED_PARTICIPLE;
      u.reasons.push('negated-expectation');
    } else if (u.expected) {
      u.weight = NEGATED_EXPECTATION;
      u.reasons.push('negated-expectation');
    } else {
      u.weight = u.weight > 0 ? u.weight * NEGATE_POSITIVE : u.weight * NEGATE_NEGATIVE;
      u.reasons.push('negated');
    }
  }

  // modifier words that also carry weight alone ("super", "niks") do not count twice
  const scored = units.filter((u) => u.weight !== 0 && !(u.end - u.start === 1 && usedAsModifier.has(u.start)));

  // 5. sentence-level rules
  const sentences = new Map<number, { start: number; end: number }>();
  tokens.forEach((t, i) => {
    const s = sentences.get(t.sentence);
    if (s) s.end = i + 1;
    else sentences.set(t.sentence, { start: i, end: i + 1 });
  });
  const extra: Unit[] = [];
  for (const [sentence, { start, end }] of sentences) {
    const sentWords = words.slice(start, end);
    const lastPunct = tokens[end - 1].kind === 'punct' ? tokens[end - 1].raw : '';
    const inSentence = scored.filter((u) => u.sentence === sentence);
    const isQuestion = lastPunct.includes('?');
    const joined = ` ${sentWords.join(' ')} `;
    if (isQuestion) {
      const q = lex.complaintQuestion.find((c) => joined.includes(` ${c} `));
      if (q || /\?!|!\?|\?\?/.test(lastPunct)) {
        const at = q ? start + Math.max(0, sentWords.indexOf(q.split(' ')[0])) : end - 1;
        extra.push({ start: at, end: at + 1, weight: COMPLAINT_QUESTION, reasons: ['complaint-question'], phrase: true, expected: false, sentence });
      }
      for (const u of inSentence) {
        if (u.weight > 0 && !u.reasons.includes('emoji')) {
          u.weight *= QUESTION_POSITIVE;
          u.reasons.push('question');
        }
      }
    } else if (lastPunct.includes('!')) {
      for (const u of inSentence) {
        u.weight = clamp(u.weight * EXCLAMATION);
        u.reasons.push('exclamation');
      }
    }
    // a request or suggestion ("zou fijn zijn als", "graag ...", "would love to see") is not praise:
    // positive words in such a clause count little; the clause runs to the next punctuation mark
    const request = lex.requestOpeners.some((o) => joined.startsWith(` ${o} `));
    let clauseStart = start;
    for (let i = start; i <= end; i++) {
      if (i < end && tokens[i].kind !== 'punct') continue;
      const clauseWords = words.slice(clauseStart, i);
      if (request || clauseWords.some((w) => lex.hypothetical.has(w))) {
        for (const u of inSentence) {
          if (u.start >= clauseStart && u.start < i && u.weight > 0 && !u.phrase) {
            u.weight *= HYPOTHETICAL_POSITIVE;
            u.reasons.push('hypothetical');
          }
        }
      }
      clauseStart = i + 1;
    }
    // a clause that opens with "geen" / "no" + something unscored reports an absence ("Geen parkeerplek.")
    for (let i = start; i < end; i++) {
      const opens = i === start || tokens[i - 1].kind === 'punct';
      if (!opens || !lex.absenceOpeners.includes(words[i]) || i + 1 >= end || tokens[i + 1].kind !== 'word') continue;
      if (units.some((u) => u.start <= i + 1 && u.end > i + 1 && u.weight !== 0) || usedAsModifier.has(i)) continue;
      extra.push({ start: i, end: i + 2, weight: ABSENCE, reasons: ['absence'], phrase: true, expected: false, sentence });
    }
  }

  // 6. contrast: after "maar" / "but" the clause weighs more, before it less
  const all = [...scored, ...extra].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) {
    const w = words[i];
    const pair = i + 1 < tokens.length ? `${w} ${words[i + 1]}` : '';
    const isContrast = lex.contrast.has(w) || lex.contrast.has(pair);
    if (!isContrast || tokens[i].kind !== 'word') continue;
    // "alleen", "only", "yet", "except" are contrast only at the start of a clause
    const clauseStart = i === 0 || tokens[i - 1].kind === 'punct';
    if (/^(alleen|only|yet|except|behalve|ondanks|toch)$/.test(w) && !clauseStart) continue;
    const before = all.filter((u) => u.end <= i);
    const after = all.filter((u) => u.start > i);
    if (before.length === 0 || after.length === 0) continue;
    for (const u of before) {
      u.weight *= CONTRAST_BEFORE;
      if (!u.reasons.includes('contrast-before')) u.reasons.push('contrast-before');
    }
    for (const u of after) {
      if (u.reasons.includes('contrast-after')) continue;
      u.weight = clamp(u.weight * CONTRAST_AFTER);
      u.reasons.push('contrast-after');
    }
  }

  const total = all.reduce((s, u) => s + u.weight, 0);
  const decisive = all
    .filter((u) => Math.abs(u.weight) >= 0.05)
    .map((u) => ({
      token: tokens.slice(u.start, u.end).map((t) => t.raw).join(' ').slice(0, 80),
      weight: Math.round(u.weight * 100) / 100,
      reason: u.reasons.join(','),
    }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { total, hits: all.length, decisive };
}

function isModifierWord(w: string, lex: CompiledLexicon): boolean {
  return lex.intensifiers.has(w) || lex.diminishers.has(w);
}
