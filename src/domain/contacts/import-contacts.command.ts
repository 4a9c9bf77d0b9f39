import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { ContactMappingError, readContactsCsv, type ContactMapping, type ContactProblem } from './contact-csv.ts';
import { findCustomersByEmail } from './customer.repository.ts';
import { createInvitations } from '../invitations/invitation.repository.ts';

export interface ImportContactsProps {
  workspaceId: string;
  csv: string;
  mapping: ContactMapping;
  /** When given, every imported contact gets a (not yet sent) personal invitation to this survey. */
  survey?: { id: string; secret: string };
}

export interface ImportContactsResult {
  created: number;
  updated: number;
  duplicates: number;
  invitationsCreated: number;
  problems: ContactProblem[];
}

/**
 * Imports contacts from CSV into the workspace's customers: new e-mail addresses become customers
 * (source 'csv'), known ones get the name/language/attributes from the file added (an existing name or
 * language is kept, attributes are merged). Unsubscribed customers stay unsubscribed.
 * Opens its own transaction.
 */
export async function importContacts(db: Db, props: ImportContactsProps): Promise<ImportContactsResult> {
  let read;
  try {
    read = readContactsCsv(props.csv, props.mapping);
  } catch (err) {
    if (err instanceof ContactMappingError) throw errors.validation([{ field: 'body.mapping', reason: err.message }]);
    throw err;
  }
  return db.transaction().execute(async (trx) => {
    const existing = new Map((await findCustomersByEmail(trx, props.workspaceId, read.contacts.map((c) => c.email))).map((c) => [c.email, c]));
    const now = new Date();
    const fresh = read.contacts.filter((c) => !existing.has(c.email));
    for (let i = 0; i < fresh.length; i += 500) {
      await trx
        .insertInto('customers')
        .values(
          fresh.slice(i, i + 500).map((c) => ({
            id: randomUUID(),
            workspace_id: props.workspaceId,
            email: c.email,
            name: c.name,
            locale: c.locale,
            attributes: JSON.stringify(c.attributes),
            source: 'csv',
            unsubscribed_at: null,
          })),
        )
        .execute();
    }
    let updated = 0;
    for (const c of read.contacts) {
      const old = existing.get(c.email);
      if (!old) continue;
      const attributes = { ...(old.attributes ?? {}), ...c.attributes };
      const changed = (!old.name && c.name) || (!old.locale && c.locale) || JSON.stringify(attributes) !== JSON.stringify(old.attributes ?? {});
      if (!changed) continue;
      await trx
        .updateTable('customers')
        .set({ name: old.name ?? c.name, locale: old.locale ?? c.locale, attributes: JSON.stringify(attributes), updated_at: now })
        .where('workspace_id', '=', props.workspaceId)
        .where('id', '=', old.id)
        .execute();
      updated++;
    }
    let invitationsCreated = 0;
    if (props.survey) {
      const ids = (await findCustomersByEmail(trx, props.workspaceId, read.contacts.map((c) => c.email))).map((c) => c.id);
      invitationsCreated = await createInvitations(trx, { workspaceId: props.workspaceId, surveyId: props.survey.id, customerIds: ids, secret: props.survey.secret });
    }
    return { created: fresh.length, updated, duplicates: read.duplicates, invitationsCreated, problems: read.problems };
  });
}
