import { describe, expect, it } from 'vitest';
import { analyzeSentiment, summarizeSentiment } from './sentiment.ts';

// Sentences written for this test from ordinary customer language (not taken from the dev set).
const label = (text: string, lang: 'nl' | 'en' | 'auto' = 'auto') => analyzeSentiment(text, lang).label;
const score = (text: string, lang: 'nl' | 'en' | 'auto' = 'auto') => analyzeSentiment(text, lang).score;

describe('analyzeSentiment: words and negation', () => {
  it('labels plain praise and complaints', () => {
    expect(label('De bezorger was heel vriendelijk en de taart was heerlijk.')).toBe('positive');
    expect(label('Slechte service, het pakket was beschadigd.')).toBe('negative');
    expect(label('The staff were friendly and the coffee was excellent.')).toBe('positive');
    expect(label('Terrible service, the parcel arrived damaged.')).toBe('negative');
  });

  it('handles negation scope', () => {
    expect(label('Het eten was niet slecht.', 'nl')).toBe('positive');
    expect(label('De verkoper was niet vriendelijk.', 'nl')).toBe('negative');
    expect(label('Geen enkel probleem gehad met de levering.', 'nl')).toBe('positive');
    expect(label('Ik kom hier nooit meer.', 'nl')).toBe('negative');
    expect(label('Not bad at all.', 'en')).toBe('positive');
    expect(label('The manager was not helpful.', 'en')).toBe('negative');
    expect(label('Ik heb mijn geld nog niet teruggekregen.', 'nl')).toBe('negative');
    const why = analyzeSentiment('De soep was niet lekker', 'nl').decisive;
    expect(why.some((d) => d.token === 'lekker' && d.weight < 0 && d.reason.includes('negated'))).toBe(true);
  });

  it('treats "niet goedkoop, maar zeker niet te duur" as positive', () => {
    expect(label('Niet goedkoop, maar zeker niet te duur.', 'nl')).toBe('positive');
  });

  it('applies intensifiers and diminishers', () => {
    expect(score('heel erg lekker', 'nl')).toBeGreaterThan(score('lekker', 'nl'));
    expect(score('een beetje traag', 'nl')).toBeGreaterThan(score('traag', 'nl'));
    expect(score('really helpful', 'en')).toBeGreaterThan(score('helpful', 'en'));
    expect(score('a bit slow', 'en')).toBeGreaterThan(score('slow', 'en'));
    const why = analyzeSentiment('super vriendelijk personeel', 'nl').decisive;
    expect(why[0]).toMatchObject({ token: 'vriendelijk', reason: expect.stringContaining('intensified') });
  });

  it('reads "te" / "too" + adjective as negative, even for a mild word', () => {
    expect(label('De schoenen waren te duur.', 'nl')).toBe('negative');
    expect(label('Pakket kwam te laat.', 'nl')).toBe('negative');
    expect(label('De jas is veel te klein.', 'nl')).toBe('negative');
    expect(label('The portions are too small.', 'en')).toBe('negative');
    expect(label('Het was prima te doen.', 'nl')).not.toBe('negative');
  });

  it('lets the clause after a contrast word weigh more', () => {
    expect(label('Wel lekker, maar veel te duur.', 'nl')).toBe('negative');
    expect(label('Het duurde even, maar het resultaat is prachtig.', 'nl')).toBe('positive');
    expect(label('Nice shop, but the prices are ridiculous.', 'en')).toBe('negative');
    const why = analyzeSentiment('Wel lekker, maar veel te duur', 'nl').decisive;
    expect(why.find((d) => d.token === 'duur')?.reason).toContain('contrast-after');
  });
});

describe('analyzeSentiment: customer phrases, punctuation, emoji, spelling', () => {
  it('knows common customer-service expressions', () => {
    expect(label('Echt een aanrader!', 'nl')).toBe('positive');
    expect(label('Dikke prima, 5 sterren.', 'nl')).toBe('positive');
    expect(label('Top service', 'nl')).toBe('positive');
    expect(label('Waar blijft mijn bestelling?', 'nl')).toBe('negative');
    expect(label('Nog steeds niets ontvangen.', 'nl')).toBe('negative');
    expect(label('Daar ga ik niet meer terug.', 'nl')).toBe('negative');
    expect(label('Still waiting for my refund.', 'en')).toBe('negative');
    expect(label('Would recommend to anyone.', 'en')).toBe('positive');
  });

  it('reads complaint questions without opinion words as negative, plain questions as neutral', () => {
    expect(label('Waarom is mijn pakket nog steeds niet bezorgd?', 'nl')).toBe('negative');
    expect(label('Why does nobody answer the phone?', 'en')).toBe('negative');
    expect(label('Bezorgen jullie ook op zondag?', 'nl')).toBe('neutral');
    expect(label('Do you deliver to Belgium?', 'en')).toBe('neutral');
  });

  it('treats suggestions as neutral', () => {
    expect(label('Het zou fijn zijn als jullie ook op zaterdag bezorgen.', 'nl')).toBe('neutral');
    expect(label('It would be nice to have a size chart on the product page.', 'en')).toBe('neutral');
  });

  it('counts exclamation marks and emoji', () => {
    expect(score('Goede service!', 'nl')).toBeGreaterThan(score('Goede service', 'nl'));
    expect(label('Pakketje is binnen 😀👍❤️', 'nl')).toBe('positive');
    expect(label('Pakketje is binnen 😡👎😞', 'nl')).toBe('negative');
    expect(label('Order arrived :(', 'en')).toBe('negative');
  });

  it('tolerates stretched letters, missing accents and chat and Flemish words', () => {
    expect(label('suuuuper snel geleverd', 'nl')).toBe('positive');
    expect(label('Heeeeerlijk brood', 'nl')).toBe('positive');
    expect(label('Allee, da was kei lekker', 'nl')).toBe('positive');
    expect(label('Wreed goed geholpen in de winkel', 'nl')).toBe('positive');
    expect(label('Sjieke winkel, plezant personeel', 'nl')).toBe('positive');
    expect(label('tbh echt top, ff snel geregeld', 'nl')).toBe('positive');
    expect(label('Wat een ambetante toestand', 'nl')).toBe('negative');
  });

  it('detects the language when asked for auto, and returns the decisive words', () => {
    const nl = analyzeSentiment('De medewerkers waren erg behulpzaam en de levering was snel.');
    expect(nl.lang).toBe('nl');
    expect(nl.label).toBe('positive');
    expect(nl.decisive.length).toBeGreaterThan(0);
    for (const d of nl.decisive) expect(Object.keys(d).sort()).toEqual(['reason', 'token', 'weight']);
    const en = analyzeSentiment('The delivery was late and nobody told me why.');
    expect(en.lang).toBe('en');
    expect(en.label).toBe('negative');
    const other = analyzeSentiment('Top!');
    expect(other.lang).toBe('other');
    expect(other.label).toBe('positive');
  });

  it('gives neutral with score 0 for empty or opinion-free text, and keeps the score in -1..1', () => {
    expect(analyzeSentiment('')).toEqual({ label: 'neutral', score: 0, lang: 'other', decisive: [] });
    expect(label('De winkel is open van 9 tot 17 uur.', 'nl')).toBe('neutral');
    expect(label('The shop opens at nine.', 'en')).toBe('neutral');
    const extreme = analyzeSentiment('Fantastisch fantastisch fantastisch geweldig perfect!!! 😍😍😍', 'nl').score;
    expect(extreme).toBeLessThanOrEqual(1);
    expect(extreme).toBeGreaterThan(0.9);
  });
});

describe('summarizeSentiment', () => {
  it('counts labels, shares and the mean score', () => {
    const s = summarizeSentiment([
      { label: 'positive', score: 0.6 },
      { label: 'negative', score: -0.4 },
      { label: 'neutral', score: 0 },
      { label: 'positive', score: 0.2 },
    ]);
    expect(s).toEqual({ n: 4, positive: 2, neutral: 1, negative: 1, shares: { positive: 0.5, neutral: 0.25, negative: 0.25 }, meanScore: expect.closeTo(0.1, 10) });
  });

  it('returns zeros for an empty list', () => {
    expect(summarizeSentiment([])).toEqual({ n: 0, positive: 0, neutral: 0, negative: 0, shares: { positive: 0, neutral: 0, negative: 0 }, meanScore: 0 });
  });
});
