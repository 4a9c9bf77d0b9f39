import type { Random } from '../../analysis/random.ts';

/**
 * Phrase parts for the demo's open answers about the bakery, by topic and tone, in Dutch and English.
 * Composed into one or two sentences per respondent, so theme and sentiment analysis have varied,
 * realistic text with a known truth (the topic and tone each answer was built from).
 */
export type DemoTopic = 'price' | 'quality' | 'staff' | 'hours' | 'waiting' | 'website' | 'assortment';
type Lang = 'nl' | 'en';

const PHRASES: Record<Lang, Record<DemoTopic, { good: string[]; bad: string[] }>> = {
  nl: {
    price: {
      good: ['prima prijs voor deze kwaliteit', 'niet de goedkoopste, maar het is het zeker waard', 'de aanbieding op vrijdag is top'],
      bad: ['het brood is de laatste tijd wel erg duur geworden', 'te duur vergeleken met de supermarkt', 'een euro extra voor snijden vind ik te gek', 'de prijzen zijn flink gestegen'],
    },
    quality: {
      good: ['het brood is altijd vers en lekker', 'de zuurdesem is echt de beste van de stad', 'heerlijke croissants, net als in Frankrijk', 'het volkorenbrood is elke dag perfect', 'de appeltaart is fantastisch'],
      bad: ['het brood was een paar keer oudbakken', 'de croissants waren laatst verbrand', 'het brood is minder lekker dan vroeger', 'de taart was droog'],
    },
    staff: {
      good: ['het personeel is altijd vriendelijk', 'ze kennen je bij naam', 'ze geven goed advies over allergieën', 'altijd een praatje en een glimlach'],
      bad: ['het personeel was onvriendelijk en had geen tijd', 'een medewerker reageerde kortaf op mijn vraag', 'er is te weinig personeel op drukke momenten'],
    },
    hours: {
      good: ['fijn dat jullie op zondag open zijn', 'vroeg open, handig voor mijn werk'],
      bad: ['jammer dat jullie om 17:00 al dicht zijn', 'op maandag gesloten is onhandig', 'graag langer open op zaterdag'],
    },
    waiting: {
      good: ['je bent altijd snel geholpen', 'ook als het druk is gaat het vlot'],
      bad: ['op zaterdag sta je een kwartier in de rij', 'de wachtrij is veel te lang in het weekend', 'ik moest lang wachten op mijn bestelling'],
    },
    website: {
      good: ['online bestellen en ophalen gaat heel makkelijk', 'de webshop werkt prima', 'handig dat ik via de site kan reserveren'],
      bad: ['de website is traag en mijn bestelling kwam niet door', 'online bestellen lukt niet op mijn telefoon', 'ik kreeg geen bevestiging van mijn online bestelling'],
    },
    assortment: {
      good: ['veel keuze, ook glutenvrij', 'leuk dat er elke maand een nieuw brood is'],
      bad: ['ik mis glutenvrij brood', 'graag meer vegan gebak', 'het zou fijn zijn als er speltbrood was', 'meer keuze in suikervrije producten graag', 'aan het eind van de dag is er bijna niets meer'],
    },
  },
  en: {
    price: {
      good: ['a fair price for this quality', 'not the cheapest, but well worth it'],
      bad: ['the bread has become quite expensive lately', 'too expensive compared to the supermarket', 'prices went up a lot'],
    },
    quality: {
      good: ['the bread is always fresh and tasty', 'the sourdough is the best in town', 'lovely croissants, just like in France'],
      bad: ['the bread was stale a couple of times', 'the croissants were burnt last time', 'the bread is not as good as it used to be'],
    },
    staff: {
      good: ['the staff are always friendly', 'they know you by name', 'helpful advice about allergies'],
      bad: ['the staff were unfriendly and rushed', 'an employee was rude when I asked a question'],
    },
    hours: {
      good: ['great that you are open on Sundays', 'opening early is handy before work'],
      bad: ['a pity you close at 5 pm', 'closed on Mondays is inconvenient'],
    },
    waiting: {
      good: ['you are always served quickly'],
      bad: ['the queue on Saturday takes fifteen minutes', 'waiting times at the weekend are far too long'],
    },
    website: {
      good: ['ordering online and collecting is very easy', 'the web shop works fine'],
      bad: ['the website is slow and my order did not go through', 'ordering online does not work on my phone'],
    },
    assortment: {
      good: ['lots of choice, gluten-free too'],
      bad: ['I miss gluten-free bread', 'please add more vegan pastries', 'it would be nice to have spelt bread'],
    },
  },
};

const TOPICS: DemoTopic[] = ['price', 'quality', 'staff', 'hours', 'waiting', 'website', 'assortment'];
// How often each topic comes up; quality and price dominate, as in real bakery feedback.
const TOPIC_WEIGHTS = [0.22, 0.24, 0.16, 0.08, 0.12, 0.1, 0.08];

function pick<T>(random: Random, list: readonly T[]): T {
  return list[random.int(list.length)];
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A topic drawn with the demo's topic weights. */
export function demoTopic(random: Random, not?: DemoTopic): DemoTopic {
  for (;;) {
    const t = TOPICS[random.categorical(TOPIC_WEIGHTS)];
    if (t !== not) return t;
  }
}

/**
 * One open answer: tone 'good', 'bad' or 'mixed' (good, but bad), about one or two topics.
 * @example demoText(random, 'nl', 'mixed') // "Het brood is altijd vers en lekker, maar op zaterdag sta je een kwartier in de rij."
 */
export function demoText(random: Random, lang: Lang, tone: 'good' | 'bad' | 'mixed'): { text: string; topics: DemoTopic[] } {
  const first = demoTopic(random);
  const p = PHRASES[lang];
  if (tone === 'mixed') {
    const second = demoTopic(random, first);
    const but = lang === 'nl' ? ', maar ' : ', but ';
    return { text: `${sentence(pick(random, p[first].good))}${but}${pick(random, p[second].bad)}.`, topics: [first, second] };
  }
  const one = `${sentence(pick(random, p[first][tone]))}.`;
  if (random.next() < 0.35) {
    const second = demoTopic(random, first);
    const also = lang === 'nl' ? (tone === 'good' ? ' En ' : ' Ook ') : tone === 'good' ? ' And ' : ' Also, ';
    return { text: `${one}${also}${pick(random, p[second][tone])}.`, topics: [first, second] };
  }
  return { text: one, topics: [first] };
}
