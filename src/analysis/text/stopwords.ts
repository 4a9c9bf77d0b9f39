/**
 * Stopwords for theme discovery, from the maintained stopwords-iso lists (MIT,
 * https://github.com/stopwords-iso/stopwords-iso), minus the content words that carry a theme in
 * customer feedback. stopwords-iso's English list is very broad (1,298 words) and holds words such as
 * "website", "open", "order", "help", "price"-like words that are exactly what a theme is made of.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { normalizeText } from './tokenize.ts';

export type ThemeLanguage = 'nl' | 'en';

// Words customers use to name a theme; never drop them even though stopwords-iso lists them.
const KEEP = new Set([
  'open', 'opened', 'opening', 'opens', 'closed', 'close', 'website', 'order', 'ordered', 'ordering', 'help',
  'helped', 'helpful', 'call', 'called', 'back', 'home', 'new', 'information', 'work', 'working', 'works',
  'page', 'pages', 'thank', 'thanks', 'quick', 'quickly', 'fast', 'slow', 'long', 'late', 'early', 'wait',
  'waited', 'waiting', 'friendly', 'kind', 'rude', 'price', 'prices', 'cheap', 'expensive', 'money', 'free',
  'quality', 'taste', 'fresh', 'staff', 'service', 'delivery', 'delivered', 'week', 'weeks', 'day', 'days',
  'hour', 'hours', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekend',
  'evening', 'morning', 'clean', 'dirty', 'answer', 'answered', 'reply', 'replied', 'email', 'mail',
  'phone', 'online', 'app', 'size', 'sizes', 'choice', 'range', 'options', 'option', 'vegan', 'reply',
  'broken', 'problem', 'error', 'click', 'button', 'form', 'gift', 'card', 'sale', 'store', 'shop',
  'open', 'dicht', 'uur', 'week', 'weken', 'dagen', 'dag', 'prijs', 'duur', 'geld', 'zaterdag', 'zondag',
]);

const LISTS = stopwordsIso as unknown as Record<string, string[]>;
const CACHE = new Map<ThemeLanguage, Set<string>>();

/**
 * The stopword set for a language (normalised like tokens: lower case, no accents), taken from
 * stopwords-iso minus a short list of customer-feedback content words ("open", "website", "price",
 * "week", "service", ...). Both languages can be asked for at once with {@link stopwordsFor}.
 *
 * Source: stopwords-iso 1.1.0 (nl: 413 words, en: 1,298 words). Cost: O(list size) on the first
 * call, then cached. Never throws.
 *
 * @example
 * stopwords('nl').has('de')      // → true
 * stopwords('en').has('website') // → false (kept as a content word)
 */
export function stopwords(lang: ThemeLanguage): ReadonlySet<string> {
  let set = CACHE.get(lang);
  if (!set) {
    set = new Set<string>();
    for (const w of LISTS[lang] ?? []) {
      const n = normalizeText(w);
      if (n !== '' && !n.includes(' ') && !KEEP.has(n)) set.add(n);
    }
    // One-letter and chat leftovers ("s avonds", "couldn t", "ff", "ipv").
    for (const w of ['s', 't', 'd', 'm', 'n', 'k', 'ff', 'ipv', 'tbh', 'lol', 'u', 'ur', 'im', 'ive', 'dont', 'cant', 'didnt', 'wasnt', 'isnt']) set.add(w);
    CACHE.set(lang, set);
  }
  return set;
}

/**
 * The union of the stopword sets of the given languages (mixed Dutch/English answer sets).
 *
 * Cost: O(total list size). Never throws.
 *
 * @example
 * stopwordsFor(['nl', 'en']).has('the') // → true
 */
export function stopwordsFor(langs: readonly ThemeLanguage[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const l of langs) for (const w of stopwords(l)) out.add(w);
  return out;
}

// Evaluative and filler words say how a customer feels, not what about; they make poor theme
// labels ("fijn / jammer / echt"), so theme discovery drops them too. Hand-written, nl and en.
const EVALUATIVE = [
  'fijn', 'jammer', 'echt', 'super', 'mooi', 'leuk', 'goed', 'goede', 'slecht', 'slechte', 'prima', 'top', 'heel',
  'erg', 'zeer', 'helemaal', 'gewoon', 'even', 'ff', 'hoor', 'zeg', 'nou', 'wel', 'kwam', 'kreeg', 'krijg',
  'handig', 'netjes', 'blij', 'tevreden', 'ontevreden', 'geweldig', 'heerlijk', 'lekker', 'jammer', 'helaas',
  'vond', 'vind', 'keer', 'alweer', 'weer', 'oke', 'ok', 'okay', 'meteen', 'gelukkig', 'eindelijk', 'staan',
  'stond', 'staat', 'kom', 'komt', 'kwamen', 'zeker', 'absoluut', 'nice', 'great', 'good', 'bad', 'awesome',
  'amazing', 'lovely', 'love', 'loved', 'really', 'very', 'super', 'totally', 'pretty', 'happy', 'unhappy',
  'disappointed', 'disappointing', 'terrible', 'awful', 'horrible', 'excellent', 'perfect', 'fine', 'got',
  'get', 'came', 'come', 'thing', 'things', 'stuff', 'bit', 'lot', 'definitely', 'honestly', 'literally',
  'luckily', 'sadly', 'unfortunately', 'overall', 'bedankt', 'dank', 'ramp', 'disaster', 'tja', 'eerlijk', 'gezegd',
  'brilliant', 'fantastisch', 'waardeloos', 'belachelijk', 'ridiculous',
];

/**
 * Stopwords for theme discovery: {@link stopwordsFor} the languages plus evaluative and filler words
 * ("fijn", "jammer", "echt", "great", "really") that say how a customer feels rather than what the
 * answer is about. Cost: O(list sizes). Never throws.
 *
 * @example
 * discoveryStopwords(['nl', 'en']).has('jammer') // → true
 */
export function discoveryStopwords(langs: readonly ThemeLanguage[]): ReadonlySet<string> {
  const out = new Set(stopwordsFor(langs));
  for (const w of EVALUATIVE) out.add(w);
  return out;
}
