/**
 * The built-in customer-experience taxonomy: ten themes every small business hears about, each with
 * hand-written Dutch and English vocabulary (see taxonomy-nl.ts and taxonomy-en.ts), plus the types a
 * workspace uses to add its own themes.
 *
 * Vocabulary terms are written over normalised text (see normalizeText: lower case, no accents, no
 * punctuation, "€" → "euro"):
 * - `woord`      the whole word;
 * - `prijs*`     a word starting with "prijs" (a cheap stem: prijs, prijzen is written separately);
 * - `*bezorg*`   a word containing "bezorg" (Dutch compounds: broodbezorging, bezorgtijd);
 * - `*tijden`    a word ending in "tijden";
 * - `te duur`    consecutive words (each may use `*`);
 * - `/regex/`    a regular expression over the normalised text (words separated by single spaces).
 */
import type { ThemeLanguage } from './stopwords.ts';
import { NL_TAXONOMY } from './taxonomy-nl.ts';
import { EN_TAXONOMY } from './taxonomy-en.ts';

export const BUILTIN_THEME_IDS = [
  'price',
  'delivery',
  'staff_friendliness',
  'product_quality',
  'opening_hours',
  'website_usability',
  'assortment_wishes',
  'communication',
  'cleanliness_ambience',
  'complaints_handling',
] as const;
export type BuiltinThemeId = (typeof BUILTIN_THEME_IDS)[number];

/** The id given to an answer that no theme of the taxonomy covers. */
export const OTHER_THEME_ID = 'other';

/** A weighted regular expression over normalised text. */
export interface ThemePattern {
  re: string;
  weight: number;
}

/** The words and patterns of one theme in one language, in three strengths (3, 2 and 1 points). */
export interface ThemeVocabulary {
  /** Terms that on their own name the theme ("levertijd", "opening hours"). */
  strong?: string[];
  /** Terms that usually mean the theme ("weken", "closed"). */
  medium?: string[];
  /** Terms that lean towards the theme but are common elsewhere ("wachten", "online"). */
  weak?: string[];
  /** Regular expressions with their own weight, for negations and phrasings ("geen reactie"). */
  patterns?: ThemePattern[];
}

export interface ThemeDefinition {
  id: string;
  label: { nl: string; en: string };
  /** Vocabulary per language; a theme without vocabulary works from keywords and examples. */
  vocabulary: Partial<Record<ThemeLanguage, ThemeVocabulary>>;
  /** Extra keywords in any language (custom themes), in the term syntax above; weight 3 each. */
  keywords?: string[];
  /** Example answers (custom themes): new answers close to them (TF-IDF cosine) join the theme. */
  examples?: string[];
  /** True for the themes shipped with Klankbord. */
  builtin?: boolean;
}

const LABELS: Record<BuiltinThemeId, { nl: string; en: string }> = {
  price: { nl: 'Prijs en waarde', en: 'Price and value' },
  delivery: { nl: 'Wachten en levertijd', en: 'Waiting and delivery time' },
  staff_friendliness: { nl: 'Vriendelijkheid personeel', en: 'Staff friendliness' },
  product_quality: { nl: 'Kwaliteit van product of dienst', en: 'Product or service quality' },
  opening_hours: { nl: 'Openingstijden en bereikbaarheid', en: 'Opening hours and availability' },
  website_usability: { nl: 'Website en bestellen', en: 'Website and ordering' },
  assortment_wishes: { nl: 'Assortiment en wensen', en: 'Assortment wishes' },
  communication: { nl: 'Communicatie en opvolging', en: 'Communication and follow-up' },
  cleanliness_ambience: { nl: 'Netheid en sfeer', en: 'Cleanliness and ambience' },
  complaints_handling: { nl: 'Klachtafhandeling', en: 'Complaints handling' },
};

/**
 * The built-in customer-experience taxonomy: ten themes with Dutch and English vocabulary written
 * by hand for how customers write (typos, Flemish words, English loanwords in Dutch, negations such
 * as "geen reactie" or "stond voor een dichte deur"). Returns fresh objects, safe to extend.
 *
 * Source: theme list after common customer-experience coding frames (price/value, waiting,
 * staff, quality, availability, website, assortment, communication, ambience, complaints); the
 * vocabulary is our own. Cost: O(size of the vocabulary). Never throws.
 *
 * @example
 * builtinTaxonomy().map((t) => t.id) // → ['price', 'delivery', ..., 'complaints_handling']
 */
export function builtinTaxonomy(): ThemeDefinition[] {
  return BUILTIN_THEME_IDS.map((id) => ({
    id,
    label: { ...LABELS[id] },
    vocabulary: { nl: copyVocabulary(NL_TAXONOMY[id]), en: copyVocabulary(EN_TAXONOMY[id]) },
    builtin: true,
  }));
}

/**
 * A workspace's own theme: a name, keywords (term syntax above, any language) and example answers.
 * It joins the taxonomy by appending it to {@link builtinTaxonomy}'s list before tagging.
 *
 * Cost: O(keywords + examples). Throws "customTheme requires at least 1 keyword or example" when
 * both are empty, and when the id is empty.
 *
 * @example
 * const parking = customTheme({ id: 'parking', label: 'Parkeren', keywords: ['parkeer*', 'parking'],
 *   examples: ['Nergens plek om de auto kwijt te kunnen'] });
 * tagThemes(answers, [...builtinTaxonomy(), parking]);
 */
export function customTheme(props: {
  id: string;
  label: string | { nl: string; en: string };
  keywords?: string[];
  examples?: string[];
}): ThemeDefinition {
  if (!props.id) throw new Error('customTheme requires an id');
  const keywords = (props.keywords ?? []).map((k) => k.trim()).filter((k) => k !== '');
  const examples = (props.examples ?? []).filter((e) => e.trim() !== '');
  if (keywords.length === 0 && examples.length === 0) {
    throw new Error('customTheme requires at least 1 keyword or example');
  }
  const label = typeof props.label === 'string' ? { nl: props.label, en: props.label } : { ...props.label };
  return { id: props.id, label, vocabulary: {}, keywords, examples };
}

function copyVocabulary(v: ThemeVocabulary): ThemeVocabulary {
  return {
    strong: [...(v.strong ?? [])],
    medium: [...(v.medium ?? [])],
    weak: [...(v.weak ?? [])],
    patterns: (v.patterns ?? []).map((p) => ({ ...p })),
  };
}
