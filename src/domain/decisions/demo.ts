import type { Db } from '../../db/database.ts';
import { registerDemoSeeder, type DemoContext } from '../demo/seed-demo.ts';
import { saveIdentityProfile } from '../identity/identity.repository.ts';
import { appendDecisionEvent } from './append-decision-event.ts';
import { createDecisionCard } from './create-decision.command.ts';

type Score = [number, string];
interface DemoCard {
  idea?: string;
  theme?: { id: string; surveySlug: string };
  customer: Score;
  us: Score;
  society: Score;
  effort: number;
  touches?: { kind: 'great' | 'good' | 'cannot'; item: string }[];
  /** Decisions in order; the board statuses set by the ideas seeder already match them. */
  events?: { kind: 'accept' | 'decline' | 'park' | 'made'; reason: string; publicReason?: string; daysAgo: number }[];
}

const CARDS: DemoCard[] = [
  {
    idea: 'Zuurdesembrood ook op zondag',
    customer: [5, 'Meest gevraagde wens van vaste klanten'],
    us: [4, 'Zondag is nu onze zwakste dag'],
    society: [2, 'Buurt heeft op zondag geen bakker'],
    effort: 2,
    touches: [{ kind: 'great', item: 'zuurdesembrood' }],
    events: [{ kind: 'accept', reason: 'Past bij waar we goed in zijn; de starter draait toch al elke dag.', publicReason: 'Vanaf april bakken we op zondag twee soorten zuurdesem.', daysAgo: 12 }],
  },
  {
    idea: 'Glutenvrij assortiment',
    customer: [4, 'Groeiende groep, vaak gezinnen'],
    us: [3, 'Nieuwe klanten, maar aparte werkplek nodig'],
    society: [3, 'Mensen met coeliakie hebben weinig keus'],
    effort: 4,
  },
  {
    idea: 'Broodabonnement met bezorging',
    customer: [4, 'Gemak voor werkende klanten'],
    us: [3, 'Voorspelbare omzet'],
    society: [2, 'Minder autoritjes naar de winkel'],
    effort: 4,
    touches: [{ kind: 'cannot', item: 'bezorgen buiten de stad' }],
    events: [{ kind: 'accept', reason: 'Alleen in de wijk, op dinsdag en vrijdag; buiten de stad bezorgen we niet.', publicReason: 'We starten in mei met bezorging in de wijk op dinsdag en vrijdag.', daysAgo: 9 }],
  },
  {
    idea: 'Langer open op zaterdag',
    customer: [4, 'Werkende mensen missen ons nu'],
    us: [2, 'Extra personeel nodig'],
    society: [1, 'Weinig effect buiten de klant'],
    effort: 3,
  },
  {
    idea: 'Koffie to go',
    customer: [3, 'Leuk bij het ochtendbrood'],
    us: [4, 'Hoge marge'],
    society: [1, 'Extra bekers'],
    effort: 2,
  },
  {
    idea: 'Zitplekken met wifi',
    customer: [2, 'Een kleine groep vraagt erom'],
    us: [1, 'Kost ruimte voor de rij'],
    society: [2, 'Ontmoetingsplek in de buurt'],
    effort: 5,
    events: [{ kind: 'decline', reason: 'De winkel is te klein; de rij gaat voor.', publicReason: 'De winkel is te klein voor zitplekken; we houden de ruimte vrij voor de rij.', daysAgo: 20 }],
  },
  {
    idea: 'Tweede vestiging in Noord',
    customer: [3, 'Noord heeft geen goede bakker'],
    us: [2, 'Grote investering, geen tweede bakker te vinden'],
    society: [3, 'Buurtfunctie in Noord'],
    effort: 5,
    touches: [{ kind: 'cannot', item: 'bezorgen buiten de stad' }],
    events: [
      { kind: 'park', reason: 'Eerst de bezorging in de wijk laten lopen.', daysAgo: 30 },
      { kind: 'decline', reason: 'Geen tweede bakker te vinden; bezorgen in Noord is het alternatief.', publicReason: 'Een tweede winkel zit er voorlopig niet in; we bezorgen wel in Noord vanaf mei.', daysAgo: 6 },
    ],
  },
  {
    idea: 'Oud brood met korting aan het eind van de dag',
    customer: [3, 'Goedkoper brood'],
    us: [3, 'Minder weggooien scheelt inkoop'],
    society: [5, 'Minder voedselverspilling'],
    effort: 1,
    events: [
      { kind: 'accept', reason: 'Goed voor de buurt en tegen verspilling.', daysAgo: 40 },
      { kind: 'made', reason: 'Sinds vorige maand: na 17:00 halve prijs.', daysAgo: 15 },
    ],
  },
  {
    idea: 'Kinderworkshop broodjes bakken',
    customer: [2, 'Een paar ouders vragen erom'],
    us: [2, 'Kost een middag'],
    society: [4, 'Kinderen leren waar brood vandaan komt'],
    effort: 2,
    touches: [{ kind: 'good', item: 'taarten op bestelling' }],
  },
  {
    theme: { id: 'price', surveySlug: 'bakkerij-nps' },
    customer: [3, 'Prijs komt vaak terug bij lage scores'],
    us: [2, 'Goede grondstoffen kosten geld'],
    society: [1, '-'],
    effort: 2,
    events: [{ kind: 'park', reason: 'Eerst uitleggen waarom zuurdesem meer kost; prijs niet verlagen.', daysAgo: 3 }],
  },
  {
    theme: { id: 'website_usability', surveySlug: 'bakkerij-nps' },
    customer: [3, 'Bestellen op de website loopt soms vast'],
    us: [3, 'Minder telefoontjes'],
    society: [1, '-'],
    effort: 2,
  },
  {
    theme: { id: 'cleanliness_ambience', surveySlug: 'bakkerij-nps' },
    customer: [2, 'Sfeer in de winkel'],
    us: [2, '-'],
    society: [1, '-'],
    effort: 3,
  },
];

/** Bakkerij De Vries' identity profile and a ranked decision board built from its demo ideas. */
async function seedDecisions({ db, workspaceId, userId, log }: DemoContext) {
  const nps = await db.selectFrom('surveys').select('id').where('workspace_id', '=', workspaceId).where('slug', '=', 'bakkerij-nps').executeTakeFirst();
  await saveIdentityProfile(db, {
    workspaceId,
    userId,
    profile: {
      character: 'Ambachtelijk zuurdesem, vroeg open, buurtfunctie',
      values: 'Eerlijk brood, tijd voor mensen, de buurt',
      ownWords: 'De bakker om de hoek die om half zeven open is, je naam kent en brood bakt zoals het hoort: langzaam, met zuurdesem.',
      greatAt: ['zuurdesembrood', 'persoonlijk contact'],
      goodAt: ['taarten op bestelling'],
      cannotDo: ['bezorgen buiten de stad', '24/7 open'],
      audience: 'Buurtbewoners en vaste klanten die om goed brood geven, en werkende mensen die vroeg langskomen.',
      audienceSegmentIds: [],
      imageQuestions: nps
        ? [
            { surveyId: nps.id, question: 'why_high' },
            { surveyId: nps.id, question: 'why_low' },
          ]
        : [],
    },
  });
  let made = 0;
  for (const c of CARDS) {
    let cardId: string | undefined;
    if (c.idea) {
      const idea = await db.selectFrom('ideas').select('id').where('workspace_id', '=', workspaceId).where('title', '=', c.idea).executeTakeFirst();
      if (!idea) continue;
      cardId = await createDecisionCard(db as Db, { workspaceId, userId, sourceType: 'idea', sourceRef: idea.id });
    } else if (c.theme) {
      const survey = await db.selectFrom('surveys').select('id').where('workspace_id', '=', workspaceId).where('slug', '=', c.theme.surveySlug).executeTakeFirst();
      if (!survey) continue;
      cardId = await createDecisionCard(db as Db, { workspaceId, userId, sourceType: 'theme', sourceRef: c.theme.id, surveyId: survey.id });
    }
    if (!cardId) continue;
    await db
      .updateTable('decision_cards')
      .set({
        score_customer: c.customer[0],
        reason_customer: c.customer[1],
        score_us: c.us[0],
        reason_us: c.us[1],
        score_society: c.society[0],
        reason_society: c.society[1],
        effort: c.effort,
        identity_items: JSON.stringify(c.touches ?? []),
      })
      .where('id', '=', cardId)
      .execute();
    // Past decisions, appended as they happened (the ideas seeder already gave the ideas these statuses).
    for (const e of c.events ?? []) {
      const { eventId } = await appendDecisionEvent(db as Db, { workspaceId, cardId, userId, kind: e.kind, reason: e.reason, publicReason: e.publicReason ?? null, at: new Date(Date.now() - e.daysAgo * 86_400_000) });
      void eventId;
    }
    made++;
  }
  log(`demo: identity profile and ${made} decision cards`);
}

registerDemoSeeder({ name: 'decisions', seed: seedDecisions });
