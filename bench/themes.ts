/**
 * Benchmark: 100,000 short open answers (Dutch and English mixed, generated from word lists with a
 * seeded generator) themed end to end with the default pipeline (taxonomy tagging, then clustering of
 * the rest as candidate themes). Prints seconds per stage and peak memory.
 *
 * Run: npm run bench:themes [-- N]
 * Targets: under 60 s on one core, peak memory under 2 GB.
 */
import { createRandom } from '../src/analysis/random.ts';
import { builtinTaxonomy } from '../src/analysis/text/taxonomy.ts';
import { analyzeThemes } from '../src/analysis/text/theme-analysis.ts';

const N = Number(process.argv[2] ?? 100_000);
const rng = createRandom(20240501);
const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)];

// Word lists: openers, subjects per topic, judgements, tails. Some topics (parking, music, the
// weather) are outside the taxonomy so that clustering has leftovers to find.
const NL = {
  open: ['', 'Eerlijk gezegd', 'Nou,', 'Tja', 'Al met al', 'Vorige week', 'Gisteren', 'Helaas', 'Gelukkig'],
  topics: [
    ['de prijs', 'de prijzen', 'de korting', 'de bezorgkosten', 'het tarief'],
    ['de bezorging', 'de levering', 'het pakket', 'de bezorger', 'de levertijd'],
    ['het personeel', 'de medewerker', 'de verkoopster', 'de monteur', 'de caissière'],
    ['de kwaliteit', 'het brood', 'de stof', 'de afwerking', 'de reparatie'],
    ['de openingstijden', 'de winkel op zondag', 'de koopavond', 'de bereikbaarheid'],
    ['de website', 'de webshop', 'het inloggen', 'de checkout', 'de app'],
    ['het assortiment', 'de keuze', 'de collectie', 'het aanbod aan vegan producten'],
    ['de communicatie', 'de reactie op mijn mail', 'het antwoord', 'de nieuwsbrief'],
    ['het parkeren', 'de parkeerplaats', 'de fietsenstalling'],
    ['de muziek in de zaak', 'de radio', 'de playlist'],
    ['het weer', 'de regen', 'de zon op het terras'],
  ],
  judge: ['was prima', 'viel tegen', 'is echt top', 'kan beter', 'was een ramp', 'is super', 'is niet oké', 'was ok', 'is te duur', 'duurde lang'],
  tail: ['', '!', '.', ' hoor.', ', jammer.', ', bedankt!', ' :)', ', kom zeker terug.', ', nooit meer.'],
};
const EN = {
  open: ['', 'Honestly,', 'Well,', 'Overall', 'Last week', 'Yesterday', 'Sadly', 'Luckily'],
  topics: [
    ['the price', 'the prices', 'the discount', 'the shipping fee', 'the rates'],
    ['the delivery', 'the parcel', 'the courier', 'the shipping', 'the lead time'],
    ['the staff', 'the cashier', 'the mechanic', 'the lady at the counter', 'the team'],
    ['the quality', 'the bread', 'the fabric', 'the finish', 'the repair'],
    ['the opening hours', 'the shop on Sundays', 'the late opening', 'the hours'],
    ['the website', 'the web shop', 'the login', 'the checkout', 'the app'],
    ['the range', 'the choice', 'the collection', 'the vegan options'],
    ['the communication', 'the reply to my email', 'the answer', 'the newsletter'],
    ['the parking', 'the car park', 'the bike racks'],
    ['the music in the shop', 'the playlist', 'the radio'],
  ],
  judge: ['was fine', 'was disappointing', 'is great', 'could be better', 'was a disaster', 'is brilliant', 'is not ok', 'was okay', 'is too expensive', 'took ages'],
  tail: ['', '!', '.', ', thanks!', ' :)', ', will be back.', ', never again.'],
};

function answer(): string {
  const L = rng.next() < 0.65 ? NL : EN;
  const first = `${pick(L.open)} ${pick(pick(L.topics))} ${pick(L.judge)}`.trim();
  const text = rng.next() < 0.3 ? `${first} en ${pick(pick(L.topics))} ${pick(L.judge)}` : first;
  return (text.charAt(0).toUpperCase() + text.slice(1) + pick(L.tail)).replace(/ en /, L === NL ? ' en ' : ' and ');
}

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 25);
timer.unref();

const t0 = performance.now();
const answers = Array.from({ length: N }, (_, i) => ({ id: String(i), text: answer() }));
sample();
const t1 = performance.now();
const result = analyzeThemes(answers, { mode: 'auto', taxonomy: builtinTaxonomy() });
sample();
const t2 = performance.now();
clearInterval(timer);

const maxRssKb = process.resourceUsage().maxRSS;
const themed = result.themes.reduce((s, t) => s + t.size, 0);
console.log(`answers: ${N.toLocaleString('en')} (seeded, ${Math.round((100 * answers.filter((a) => /\b(de|het|een|en)\b/i.test(a.text)).length) / N)}% Dutch-looking)`);
console.log(`generate: ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`theme end to end (taxonomy tagging + candidate clustering): ${((t2 - t1) / 1000).toFixed(2)} s`);
console.log(`themes: ${result.themes.filter((t) => !t.candidate).length} taxonomy, ${result.themes.filter((t) => t.candidate).length} candidate; ${themed.toLocaleString('en')} answers themed, ${result.unassigned.length.toLocaleString('en')} unassigned`);
for (const t of result.themes.slice(0, 14)) console.log(`  ${t.candidate ? '*' : ' '} ${t.label.padEnd(36)} ${String(t.size).padStart(7)}  ${t.keywords.slice(0, 4).join(', ')}`);
console.log(`peak rss (sampled process.memoryUsage().rss): ${(peak / 2 ** 20).toFixed(0)} MB; maxRSS (getrusage): ${(maxRssKb / 1024).toFixed(0)} MB`);
console.log(`targets: < 60 s ${(t2 - t1) / 1000 < 60 ? 'met' : 'MISSED'}, < 2048 MB ${Math.max(peak, maxRssKb * 1024) < 2 * 2 ** 30 ? 'met' : 'MISSED'}`);
