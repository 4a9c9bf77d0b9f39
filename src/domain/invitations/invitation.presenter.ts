import type { Invitation } from '../../shared/distribution.ts';
import type { listInvitations } from './invitation.repository.ts';

type Row = Awaited<ReturnType<typeof listInvitations>>[number];

function iso(d: Date | string | null): string | null {
  return d === null ? null : new Date(d).toISOString();
}

/** An invitation row as the API shows it (never its token). */
export function presentInvitation(r: Row): Invitation {
  return {
    id: r.id,
    customerId: r.customer_id,
    email: r.email,
    name: r.name,
    language: r.language,
    status: r.status,
    sentAt: iso(r.sent_at),
    remindedAt: iso(r.reminded_at),
    reminderCount: r.reminder_count,
    openedAt: iso(r.opened_at),
  };
}
