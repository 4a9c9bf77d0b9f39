import { randomUUID } from 'node:crypto';
import { registerDemoSeeder, type DemoContext } from '../demo/seed-demo.ts';
import type { IdeaStatus } from '../../db/schema.ts';
import { ensureBoard } from './board.repository.ts';

// The demo ideas board of "Bakkerij De Vries": what customers of a neighbourhood bakery ask for.
// [title, description, status, appeal (relative vote weight), public reason, language]
const IDEAS: [string, string, IdeaStatus, number, string | null, 'nl' | 'en'][] = [
  ['Zuurdesembrood ook op zondag', 'Op zondag is er alleen wit en bruin. Juist in het weekend wil ik een zuurdesem voor bij het ontbijt.', 'planned', 9, 'Vanaf april bakken we op zondag twee soorten zuurdesem.', 'nl'],
  ['Glutenvrij assortiment', 'Mijn dochter mag geen gluten. Een paar vaste glutenvrije broden en een taartje zou fijn zijn.', 'under_consideration', 8, null, 'nl'],
  ['Online bestellen en ophalen', 'Bestellen via de website en de volgende ochtend ophalen zonder in de rij te staan.', 'made', 10, null, 'nl'],
  ['Langer open op zaterdag', 'Om 16:00 dicht is vroeg; tot 18:00 zou voor werkende mensen veel schelen.', 'in_progress', 7, null, 'nl'],
  ['Minder plastic verpakking', 'Papieren zakken voor alles, en korting als je je eigen broodzak meeneemt.', 'made', 8, null, 'nl'],
  ['Vegan gebak', 'Een vegan appeltaart of brownie in de vitrine.', 'under_consideration', 5, null, 'nl'],
  ['Broodabonnement met bezorging', 'Elke week hetzelfde brood thuis geleverd, automatisch afgeschreven.', 'planned', 6, 'We starten in mei met bezorging in de wijk op dinsdag en vrijdag.', 'nl'],
  ['Pinnen onder de 5 euro zonder toeslag', 'Nu betaal ik 25 cent extra als ik alleen een croissant pin.', 'made', 4, null, 'nl'],
  ['Koffie to go', 'Een goede cappuccino erbij als ik ’s ochtends mijn brood haal.', 'new', 6, null, 'nl'],
  ['Speltbrood vaker bakken', 'Het speltbrood is om 10 uur al op.', 'in_progress', 5, null, 'nl'],
  ['Taarten op bestelling met eigen tekst', 'Voor verjaardagen een taart met naam erop, online te bestellen.', 'planned', 5, null, 'nl'],
  ['Kinderworkshop broodjes bakken', 'Op woensdagmiddag een uurtje bakken met kinderen.', 'under_consideration', 3, null, 'nl'],
  ['Oud brood met korting aan het eind van de dag', 'Na 17:00 het brood van vandaag voor de halve prijs, tegen verspilling.', 'made', 7, null, 'nl'],
  ['Suikervrije koekjes', 'Voor diabetici een paar koekjes zonder toegevoegde suiker.', 'new', 3, null, 'nl'],
  ['Zitplekken met wifi', 'Een paar tafeltjes om een koffie te drinken.', 'declined', 2, 'De winkel is te klein voor zitplekken; we houden de ruimte vrij voor de rij.', 'nl'],
  ['Krentenbollen met meer krenten', 'De krentenbollen mogen wel wat voller.', 'new', 2, null, 'nl'],
  ['Seizoensbrood met pompoen in de herfst', 'Elk seizoen een speciaal brood, bijvoorbeeld pompoen of kastanje.', 'under_consideration', 4, null, 'nl'],
  ['Spaarkaart voor vaste klanten', 'Tiende brood gratis, of een digitale spaarkaart in de app.', 'in_progress', 6, null, 'nl'],
  ['Notenvrije producten apart', 'Duidelijk aangeven welke producten notenvrij zijn, en apart leggen.', 'planned', 4, null, 'nl'],
  ['Volkoren pizzabodems', 'Verse pizzabodems voor thuis om te beleggen.', 'new', 2, null, 'nl'],
  ['Tweede vestiging in Noord', 'Aan de noordkant van de stad is geen goede bakker.', 'declined', 3, 'Een tweede winkel zit er voorlopig niet in; we bezorgen wel in Noord vanaf mei.', 'nl'],
  ['Sourdough workshop for adults', 'An evening class on starting and keeping a sourdough starter.', 'under_consideration', 3, null, 'en'],
  ['English labels for allergens', 'Many expats shop here; allergen labels in English would help a lot.', 'planned', 4, null, 'en'],
  ['Gluten-free bread on Saturdays', 'At least one gluten-free loaf every Saturday morning.', 'new', 3, null, 'en'],
  ['Pay with a card for small amounts', 'Card payments for a single coffee would be great.', 'new', 1, null, 'en'],
];

const FIRST = ['Anouk', 'Bram', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Isa', 'Jesse', 'Lotte', 'Milan', 'Noor', 'Olaf', 'Pien', 'Ruben', 'Sanne', 'Thijs', 'Vera', 'Wouter', 'Yara', 'Emma', 'Liam', 'Sophie', 'Noah'];
const LAST = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer'];

const COMMENTS = [
  'Ja graag, dit mis ik echt.',
  'Helemaal mee eens!',
  'Zou ik zeker gebruiken.',
  'Goed idee, mijn buren ook.',
  'Liefst ook in de vakantie.',
  'Dan kom ik vaker langs.',
  'Yes please, would love this.',
  'Dit zou voor ons gezin veel schelen.',
];

async function seedIdeas({ db, workspaceId, userId, random, log }: DemoContext) {
  const board = await ensureBoard(db, workspaceId);
  await db.updateTable('boards').set({ title: 'Ideeën voor Bakkerij De Vries', intro: 'Wat kunnen we beter doen? Deel je idee of stem op dat van een ander.' }).where('id', '=', board.id).execute();

  const customers = Array.from({ length: 150 }, (_, i) => {
    const first = FIRST[random.int(FIRST.length)];
    const last = LAST[random.int(LAST.length)];
    const vast = random.next() < 0.62;
    return {
      id: randomUUID(),
      workspace_id: workspaceId,
      email: `klant${String(i + 1).padStart(3, '0')}@voorbeeld.nl`,
      name: `${first} ${last}`,
      attributes: JSON.stringify({ klantgroep: vast ? 'vaste klant' : 'nieuwe klant', wijk: ['Centrum', 'Noord', 'Oost', 'Zuid'][random.int(4)] }),
      locale: random.next() < 0.9 ? 'nl' : 'en',
      source: 'board',
      unsubscribed_at: null,
      vast,
    };
  });
  await db.insertInto('customers').values(customers.map(({ vast: _vast, ...c }) => c)).execute();

  const tags = ['Assortiment', 'Openingstijden', 'Service', 'Duurzaamheid', 'Allergieën'].map((name, i) => ({ id: randomUUID(), workspace_id: workspaceId, name, color: ['orange', 'blue', 'grape', 'green', 'red'][i] }));
  await db.insertInto('idea_tags').values(tags).execute();
  const tagFor = (title: string) => {
    if (/gluten|vegan|suiker|noten|allerg/i.test(title)) return [tags[4].id, tags[0].id];
    if (/open|zondag|zaterdag/i.test(title)) return [tags[1].id];
    if (/plastic|korting aan het eind|verspilling/i.test(title)) return [tags[3].id];
    if (/bestel|pinnen|card|spaarkaart|bezorg|wifi|koffie/i.test(title)) return [tags[2].id];
    return [tags[0].id];
  };

  const now = Date.now();
  const ideaIds: string[] = [];
  for (const [i, [title, description, status, appeal, reason, language]] of IDEAS.entries()) {
    const author = customers[random.int(customers.length)];
    const createdAt = new Date(now - (5 + random.int(150)) * 86_400_000);
    const id = randomUUID();
    ideaIds.push(id);
    await db
      .insertInto('ideas')
      .values({
        id,
        workspace_id: workspaceId,
        board_id: board.id,
        customer_id: author.id,
        pending_session_id: null,
        title,
        description,
        photo_id: null,
        language,
        status,
        status_reason: reason,
        status_changed_at: status === 'new' ? null : new Date(createdAt.getTime() + 3 * 86_400_000),
        state: 'published',
        pinned: i === 0,
        merged_into_id: null,
        published_at: createdAt,
        created_at: createdAt,
      })
      .execute();
    await db.insertInto('idea_tag_links').values(tagFor(title).map((tag_id) => ({ workspace_id: workspaceId, idea_id: id, tag_id }))).execute();

    // Votes: each customer votes with a chance that grows with the idea's appeal; regular customers
    // care more about opening hours and the range, new customers about ordering online and payment.
    const votes = [];
    for (const c of customers) {
      let p = appeal / 16;
      if (c.vast && /zondag|zaterdag|spelt|krenten|spaarkaart/i.test(title)) p *= 1.5;
      if (!c.vast && /online|pinnen|card|bezorg|koffie|english/i.test(title)) p *= 1.6;
      if (c.id === author.id || random.next() < Math.min(p, 0.9)) {
        // Recent ideas collect recent votes, so "trending" differs from "top".
        const age = random.next() * ((now - createdAt.getTime()) / 86_400_000);
        votes.push({ id: randomUUID(), workspace_id: workspaceId, idea_id: id, customer_id: c.id, anonymous_key: null, pending_session_id: null, pending: false, created_at: new Date(now - age * 86_400_000) });
      }
    }
    if (votes.length) await db.insertInto('votes').values(votes).execute();

    const commentCount = random.int(Math.max(1, Math.round(appeal / 2)));
    for (let k = 0; k < commentCount; k++) {
      await db
        .insertInto('idea_comments')
        .values({
          id: randomUUID(),
          workspace_id: workspaceId,
          idea_id: id,
          customer_id: customers[random.int(customers.length)].id,
          author_user_id: null,
          pending_session_id: null,
          body: COMMENTS[random.int(COMMENTS.length)],
          state: 'published',
          created_at: new Date(createdAt.getTime() + (k + 1) * 86_400_000),
        })
        .execute();
    }
    if (status !== 'new' && status !== 'declined') {
      await db
        .insertInto('idea_comments')
        .values({ id: randomUUID(), workspace_id: workspaceId, idea_id: id, customer_id: null, author_user_id: userId, pending_session_id: null, body: 'Dank voor het idee! We houden je op de hoogte.', state: 'published', created_at: new Date(createdAt.getTime() + 2 * 86_400_000) })
        .execute();
    }
  }

  const entries: [string, string, string[]][] = [
    ['Online bestellen en ophalen is er!', 'Bestel voor 20:00 op onze website en haal je brood de volgende ochtend op aan de afhaalbalie.', ['Online bestellen en ophalen']],
    ['Minder plastic, en korting op oud brood', 'Alles gaat nu in papier, en na 17:00 is het brood van vandaag de halve prijs. Pinnen kan voortaan zonder toeslag.', ['Minder plastic verpakking', 'Oud brood met korting aan het eind van de dag', 'Pinnen onder de 5 euro zonder toeslag']],
  ];
  for (const [k, [title, body, titles]] of entries.entries()) {
    const id = randomUUID();
    await db
      .insertInto('changelog_entries')
      .values({ id, workspace_id: workspaceId, board_id: board.id, title, body, published_at: new Date(now - (20 - k * 12) * 86_400_000), created_by: userId })
      .execute();
    const linked = titles.map((t) => ideaIds[IDEAS.findIndex((x) => x[0] === t)]);
    await db.insertInto('changelog_entry_ideas').values(linked.map((idea_id) => ({ workspace_id: workspaceId, entry_id: id, idea_id }))).execute();
  }
  log(`demo: ideas board with ${IDEAS.length} ideas, ${customers.length} customers, ${entries.length} changelog entries`);
}

registerDemoSeeder({ name: 'ideas board', seed: seedIdeas });
