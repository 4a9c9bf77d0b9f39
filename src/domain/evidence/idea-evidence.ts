import type { Db } from '../../db/database.ts';
import type { EvidenceThresholds, Mention } from '../../analysis/evidence.ts';
import { analyzeSentiment } from '../../analysis/text/sentiment.ts';
import { errors } from '../../server/errors.ts';
import type { EvidenceCardData, IdeaEvidence } from '../../shared/evidence.ts';
import { listBoardActs, personOfAct, type BoardAct } from './board-activity.repository.ts';
import { getEvidenceThresholds } from './evidence-settings.repository.ts';
import { presentEvidence } from './evidence.presenter.ts';
import { lookupSegments, segmentOf, type SegmentLookup } from './segment-lookup.ts';

export const BOARD_BASE_LABEL = { nl: 'klanten actief op het ideeënbord', en: 'customers active on the ideas board' };

/** What every idea's card on one board shares: the board's people (the base), segments, thresholds, the moment. */
export interface BoardEvidenceContext {
  base: number;
  segments: SegmentLookup;
  thresholds: EvidenceThresholds;
  now: Date;
}

/** Loads the board's acts and what every idea's card shares (one pass over the board). */
export async function loadBoardEvidenceContext(db: Db, workspaceId: string): Promise<{ acts: BoardAct[]; context: BoardEvidenceContext }> {
  const acts = await listBoardActs(db, workspaceId);
  const segments = await lookupSegments(db, workspaceId, {});
  const thresholds = await getEvidenceThresholds(db, workspaceId);
  return { acts, context: { base: new Set(acts.map(personOfAct)).size, segments, thresholds, now: new Date() } };
}

/**
 * The card of one idea from its own acts (votes and comments; posting the idea is not a mention):
 * votes and comments as distinct customers, comments with their sentiment, against the board's base.
 */
export function ideaEvidenceFromActs(ideaActs: readonly BoardAct[], context: BoardEvidenceContext): EvidenceCardData {
  const mentions: Mention[] = ideaActs
    .filter((a) => a.kind !== 'idea')
    .map((a) => ({
      ...(a.customerId ? { customerId: a.customerId } : { respondentId: a.respondentId }),
      timestamp: a.at,
      segment: segmentOf(context.segments, { customerId: a.customerId }),
      sentiment: a.text ? analyzeSentiment(a.text).label : undefined,
    }));
  return presentEvidence(mentions, { base: context.base, baseLabel: BOARD_BASE_LABEL, thresholds: context.thresholds, now: context.now, segments: context.segments });
}

/**
 * The evidence card of an idea: its mentions are its votes and comments (timestamps: when they were
 * cast), counted as distinct customers; the base is the number of distinct people active on the
 * board (posted, voted or commented); comments carry their sentiment, votes none.
 */
export async function ideaEvidence(db: Db, workspaceId: string, ideaId: string): Promise<IdeaEvidence> {
  const idea = await db.selectFrom('ideas').select(['id', 'title']).where('workspace_id', '=', workspaceId).where('id', '=', ideaId).executeTakeFirst();
  if (!idea) throw errors.notFound('Idea');
  const { acts, context } = await loadBoardEvidenceContext(db, workspaceId);
  return { ideaId: idea.id, title: idea.title, evidence: ideaEvidenceFromActs(acts.filter((a) => a.ideaId === ideaId), context) };
}
