/**
 * Tokens for sentiment scoring: words (with their normalised form), numbers, emoji and emoticons,
 * and punctuation, each tagged with the sentence it belongs to. Separate from the themes tokeniser
 * because sentiment needs what themes throws away: punctuation ("!", "?"), emoji and negations.
 */

export type SentimentTokenKind = 'word' | 'number' | 'emoji' | 'punct';

export interface SentimentToken {
  /** The text as written. */
  raw: string;
  /** Lower case, accents removed, curly apostrophes straightened, letters repeated 3+ times cut to 2. */
  norm: string;
  kind: SentimentTokenKind;
  /** 0-based index of the sentence (split at . ! ? ; … and line breaks). */
  sentence: number;
}

const TOKEN = new RegExp(
  [
    String.raw`(?<emoticon>(?<![\p{L}\p{N}])(?:[:;=]-?[)(DPp/\\|]|<3)(?![\p{L}\p{N}]))`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)`,
    String.raw`(?<word>'[st](?![\p{L}])|[\p{L}\p{N}]+(?:['’\-/&][\p{L}\p{N}]+)*)`,
    String.raw`(?<punct>[.!?;:,…]+|\n+)`,
  ].join('|'),
  'gu',
);

/**
 * Normalises one word for lexicon lookup: lower case, accents removed (NFD), curly apostrophe → "'",
 * runs of 3+ identical letters cut to 2 ("suuuper" → "suuper"; see {@link wordVariants}).
 */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/’/g, "'")
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/**
 * Spellings to try for a normalised word: itself, and with stretched letters cut to one
 * ("suuper" → "super", "gooed" → "goed") when the written word stretched them (3+ repeats).
 */
export function wordVariants(raw: string): string[] {
  const norm = normalizeWord(raw);
  const lowered = raw.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!/(\p{L})\1{2,}/u.test(lowered)) return [norm];
  const single = lowered.replace(/(\p{L})\1{2,}/gu, '$1').replace(/’/g, "'");
  return single === norm ? [norm] : [norm, single];
}

/**
 * Splits a customer answer into sentiment tokens.
 * Cost: O(length of text). Never throws; empty text gives [].
 * @example
 * tokenizeForSentiment('Suuuper! 👍').map((t) => t.norm) // → ['suuper', '!', '👍']
 */
export function tokenizeForSentiment(text: string): SentimentToken[] {
  const tokens: SentimentToken[] = [];
  let sentence = 0;
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    if (g.emoticon || g.emoji) {
      tokens.push({ raw: m[0], norm: m[0].replace(/\uFE0F/g, ''), kind: 'emoji', sentence });
    } else if (g.word) {
      tokens.push({ raw: m[0], norm: normalizeWord(m[0]), kind: /^[\p{N}]+$/u.test(m[0]) ? 'number' : 'word', sentence });
    } else {
      const raw = m[0];
      tokens.push({ raw, norm: raw.includes('\n') ? '.' : raw, kind: 'punct', sentence });
      if (/[.!?;…\n]/.test(raw)) sentence += 1;
    }
  }
  return tokens;
}
