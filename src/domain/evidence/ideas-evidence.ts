import type { Db } from '../../db/database.ts';
import { evidenceRule } from '../../analysis/evidence.ts';
import type { IdeasEvidence } from '../../shared/evidence.ts';
import type { BoardAct } from './board-activity.repository.ts';
import { ideaEvidenceFromActs, loadBoardEvidenceContext } from './idea-evidence.ts';

/**
 * The verdict of every idea of the workspace in one go (for the team's ideas list): the same card as
 * ideaEvidence gives per idea (one read of the board's acts, grouped by idea), cut down to the
 * verdict, its reason, distinct people, mentions and share. Ideas in any state are listed.
 */
export async function ideasEvidence(db: Db, workspaceId: string): Promise<IdeasEvidence> {
  const ideas = await db.selectFrom('ideas').select(['id', 'title']).where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute();
  const { acts, context } = await loadBoardEvidenceContext(db, workspaceId);
  const byIdea = new Map<string, BoardAct[]>();
  for (const a of acts) {
    const list = byIdea.get(a.ideaId);
    if (list) list.push(a);
    else byIdea.set(a.ideaId, [a]);
  }
  return {
    rule: evidenceRule(context.thresholds),
    thresholds: context.thresholds,
    ideas: ideas.map((idea) => {
      const e = ideaEvidenceFromActs(byIdea.get(idea.id) ?? [], context);
      return { ideaId: idea.id, title: idea.title, verdict: e.verdict, reason: e.reason, distinctPeople: e.distinctPeople, mentions: e.mentions, share: e.share };
    }),
  };
}
