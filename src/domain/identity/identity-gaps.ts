/**
 * Identity versus image: what the team claims against what customers actually say. Pure (no I/O).
 * Items are matched by stemmed keyword overlap: tokens without stopwords, stemmed with the Dutch and
 * the English Snowball stemmer; two stems match when equal, or when the shorter (at least 5 letters)
 * starts the longer, so Dutch compounds ("zuurdesembrood") meet their parts ("zuurdesem").
 */
import { tokenize } from '../../analysis/text/tokenize.ts';
import { stemmer } from '../../analysis/text/stem.ts';
import { stopwordsFor } from '../../analysis/text/stopwords.ts';

export type ClaimKind = 'great' | 'good' | 'character' | 'values';
export interface IdentityClaim {
  item: string;
  kind: ClaimKind;
}
/** One top answer or theme of the image questions, with how many people gave it. */
export interface CustomerVoice {
  label: string;
  count: number;
  keywords: readonly string[];
}

export interface IdentityGaps {
  claimedNotMentioned: IdentityClaim[];
  saidNotClaimed: { label: string; count: number }[];
  matched: { item: string; label: string; count: number }[];
}

const STOP = stopwordsFor(['nl', 'en']);
const stemNl = stemmer('nl');
const stemEn = stemmer('en');
const PREFIX_MIN = 5;

/** The stems of a text (Dutch and English stems of every content word). */
export function keywordStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.length < 3 || STOP.has(token) || /^[0-9]+$/.test(token)) continue;
    out.add(stemNl(token));
    out.add(stemEn(token));
  }
  return out;
}

function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= PREFIX_MIN && long.startsWith(short);
}

/** True when any stem of one set matches any stem of the other. */
export function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) for (const y of b) if (stemsMatch(x, y)) return true;
  return false;
}

/** Splits free text (character, values) into short claims at commas, semicolons, "en"/"and" and line breaks. */
export function splitClaims(text: string): string[] {
  return text
    .split(/[,;\n•·]+|\s+(?:en|and|&)\s+/i)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length > 0 && s.length <= 80);
}

/**
 * The gaps between the identity the team wrote and the image customers report:
 * - claimedNotMentioned: claims none of whose keywords occur in any customer answer (`answerTexts`)
 *   nor in the labels/keywords of the top answers;
 * - saidNotClaimed: top answers/themes given by at least `minCount` people (default 2) that match no
 *   claim, most first;
 * - matched: each claim with the top answer it meets.
 *
 * Cost: O(claims × (voices + answer words)). Never throws; no claims or no voices give empty gaps
 * on that side.
 *
 * @example
 * identityGaps([{ item: 'zuurdesembrood', kind: 'great' }], [{ label: 'lekker zuurdesem', count: 9, keywords: [] }], [])
 * // → { claimedNotMentioned: [], saidNotClaimed: [], matched: [{ item: 'zuurdesembrood', label: 'lekker zuurdesem', count: 9 }] }
 */
export function identityGaps(claims: readonly IdentityClaim[], voices: readonly CustomerVoice[], answerTexts: readonly string[], options: { minCount?: number } = {}): IdentityGaps {
  const minCount = options.minCount ?? 2;
  const voiceStems = voices.map((v) => ({ voice: v, stems: keywordStems([v.label, ...v.keywords].join(' ')) }));
  const corpus = new Set<string>();
  for (const text of answerTexts) for (const s of keywordStems(text)) corpus.add(s);
  const claimStems = claims.map((c) => ({ claim: c, stems: keywordStems(c.item) })).filter((c) => c.stems.size > 0);

  const claimedNotMentioned: IdentityClaim[] = [];
  const matched: IdentityGaps['matched'] = [];
  for (const { claim, stems } of claimStems) {
    const hit = voiceStems.find((v) => overlaps(stems, v.stems));
    if (hit) matched.push({ item: claim.item, label: hit.voice.label, count: hit.voice.count });
    else if (!overlaps(stems, corpus)) claimedNotMentioned.push({ ...claim });
  }
  const saidNotClaimed = voiceStems
    .filter((v) => v.voice.count >= minCount && v.stems.size > 0 && !claimStems.some((c) => overlaps(c.stems, v.stems)))
    .map((v) => ({ label: v.voice.label, count: v.voice.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { claimedNotMentioned, saidNotClaimed, matched };
}
