import { randomUUID } from 'node:crypto';
import { registerDemoSeeder, type DemoContext } from '../demo/seed-demo.ts';

const FIRST = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Iris', 'Jeroen', 'Karin', 'Lars', 'Mila', 'Noah'];
const DISTRICTS = ['Centrum', 'Noord', 'Oost', 'Zuid', 'West'];

// Customers of the demo bakery (contacts as if imported from the till system's CSV). No invitations:
// their links are derived from the server secret, which the seeder does not know.
async function seedContacts(ctx: DemoContext) {
  const rows = FIRST.map((name, i) => ({
    id: randomUUID(),
    workspace_id: ctx.workspaceId,
    email: `${name.toLowerCase()}@voorbeeld.nl`,
    name: `${name} ${['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit'][i % 5]}`,
    locale: i % 5 === 4 ? 'en' : 'nl',
    attributes: JSON.stringify({ wijk: DISTRICTS[Math.floor(ctx.random.next() * DISTRICTS.length)], klantSinds: String(2015 + Math.floor(ctx.random.next() * 10)) }),
    source: 'csv',
    unsubscribed_at: i === 3 || i === 11 ? new Date(Date.now() - (i + 1) * 86_400_000) : null,
  }));
  await ctx.db.insertInto('customers').values(rows).execute();
  ctx.log(`demo: ${rows.length} customers`);
}

registerDemoSeeder({ name: 'contacts', seed: seedContacts });

/**
 * Links the demo NPS responses that came in through e-mail invitations to the ideas board's demo
 * customers (klantNNN@voorbeeld.nl, seeded after the surveys), one customer each, so that segments saved
 * on the NPS survey reach customer records and the board's votes by attribute.
 */
async function linkNpsResponsesToCustomers(ctx: DemoContext) {
  const customers = await ctx.db
    .selectFrom('customers')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('email', 'like', 'klant%@voorbeeld.nl')
    .orderBy('email')
    .execute();
  const survey = await ctx.db.selectFrom('surveys').select('id').where('workspace_id', '=', ctx.workspaceId).where('slug', '=', 'bakkerij-nps').executeTakeFirst();
  if (!survey || customers.length === 0) return;
  const responses = await ctx.db
    .selectFrom('responses')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('survey_id', '=', survey.id)
    .where('channel', '=', 'email')
    .where('customer_id', 'is', null)
    .orderBy('started_at')
    .limit(customers.length)
    .execute();
  for (const [i, r] of responses.entries()) {
    await ctx.db.updateTable('responses').set({ customer_id: customers[i].id }).where('workspace_id', '=', ctx.workspaceId).where('id', '=', r.id).execute();
  }
  ctx.log(`demo: ${responses.length} NPS responses linked to customers`);
}

registerDemoSeeder({ name: 'nps-customers', seed: linkNpsResponsesToCustomers });
