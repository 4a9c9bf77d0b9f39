import type { Db } from '../../db/database.ts';
import type { Mention } from '../../analysis/evidence.ts';
import { analyzeSentiment } from '../../analysis/text/sentiment.ts';
import { errors } from '../../server/errors.ts';
import type { IdeaEvidence } from '../../shared/evidence.ts';
import { listBoardActs, personOfAct } from './board-activity.repository.ts';
import { getEvidenceThresholds } from './evidence-settings.repository.ts';
import { presentEvidence } from './evidence.presenter.ts';
import { lookupSegments, segmentOf } from './segment-lookup.ts';

export const BOARD_BASE_LABEL = { nl: 'klanten actief op het ideeënbord', en: 'customers active on the ideas board' };

/**
 * The evidence card of an idea: its mentions are its votes and comments (timestamps: when they were
 * cast), counted as distinct customers; the base is the number of distinct people active on the
 * board (posted, voted or commented); comments carry their sentiment, votes none.
 */
export async function ideaEvidence(db: Db, workspaceId: string, ideaId: string): Promise<IdeaEvidence> {
  const idea = await db.selectFrom('ideas').select(['id', 'title']).where('workspace_id', '=', workspaceId).where('id', '=', ideaId).executeTakeFirst();
  if (!idea) throw errors.notFound('Idea');
  const acts = await listBoardActs(db, workspaceId);
  const segments = await lookupSegments(db, workspaceId, {});
  const base = new Set(acts.map(personOfAct)).size;
  const mentions: Mention[] = acts
    .filter((a) => a.ideaId === ideaId && a.kind !== 'idea')
    .map((a) => ({
      ...(a.customerId ? { customerId: a.customerId } : { respondentId: a.respondentId }),
      timestamp: a.at,
      segment: segmentOf(segments, { customerId: a.customerId }),
      sentiment: a.text ? analyzeSentiment(a.text).label : undefined,
    }));
  const thresholds = await getEvidenceThresholds(db, workspaceId);
  return { ideaId: idea.id, title: idea.title, evidence: presentEvidence(mentions, { base, baseLabel: BOARD_BASE_LABEL, thresholds, now: new Date(), segments }) };
}
