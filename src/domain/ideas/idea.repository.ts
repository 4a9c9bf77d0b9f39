import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BoardItemState, IdeaStatus } from '../../db/schema.ts';
import type { IdeaSort } from '../../shared/ideas.ts';

/**
 * Trending score (documented for the board's "trending" sort): each vote of the last 14 days counts
 * 0.5^(age in days / 7), so a vote from today weighs 1, one from a week ago 0.5, and votes older than
 * two weeks nothing. Ties fall back to all-time votes, then to the newest idea.
 */
export const TRENDING_WINDOW_DAYS = 14;
export const TRENDING_HALF_LIFE_DAYS = 7;

export interface IdeaFilter {
  workspaceId: string;
  boardId: string;
  sort: IdeaSort;
  status?: IdeaStatus;
  statuses?: IdeaStatus[];
  tagId?: string;
  q?: string;
  limit: number;
  offset: number;
  /** The viewer, to mark their votes and show them their own pending ideas. */
  viewerCustomerId?: string | null;
  viewerAnonymousKey?: string | null;
  /** Team view: every state, hidden ideas on request; no viewer-only rules. */
  admin?: { state?: BoardItemState; includeHidden?: boolean };
  ids?: string[];
}

export interface IdeaRow {
  id: string;
  title: string;
  description: string;
  photo_id: string | null;
  status: IdeaStatus;
  status_reason: string | null;
  pinned: boolean;
  hidden: boolean;
  state: BoardItemState;
  internal_note: string;
  merged_into_id: string | null;
  customer_id: string | null;
  customer_email: string | null;
  author_name: string | null;
  created_at: Date;
  votes: number;
  pending_votes: number;
  comments: number;
  trending: number;
  voted_by_me: boolean;
  total: number;
}

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Ideas of a board with their vote and comment counts, counted from the votes and comments tables. */
export async function listIdeas(db: Db, f: IdeaFilter): Promise<IdeaRow[]> {
  const viewerCustomer = f.viewerCustomerId ?? null;
  const viewerKey = f.viewerAnonymousKey ?? null;
  let q = db
    .selectFrom('ideas')
    .leftJoin('customers', 'customers.id', 'ideas.customer_id')
    .select([
      'ideas.id',
      'ideas.title',
      'ideas.description',
      'ideas.photo_id',
      'ideas.status',
      'ideas.status_reason',
      'ideas.pinned',
      'ideas.hidden',
      'ideas.state',
      'ideas.internal_note',
      'ideas.merged_into_id',
      'ideas.customer_id',
      'ideas.created_at',
      'customers.email as customer_email',
      'customers.name as author_name',
      sql<number>`(select count(*) from votes v where v.idea_id = ideas.id and not v.pending)`.as('votes'),
      sql<number>`(select count(*) from votes v where v.idea_id = ideas.id and v.pending)`.as('pending_votes'),
      sql<number>`(select count(*) from idea_comments c where c.idea_id = ideas.id and c.state = 'published')`.as('comments'),
      sql<number>`(select coalesce(sum(power(0.5, extract(epoch from (now() - v.created_at)) / ${TRENDING_HALF_LIFE_DAYS * 86400}::float8)), 0)::float8
        from votes v where v.idea_id = ideas.id and not v.pending and v.created_at > now() - make_interval(days => ${TRENDING_WINDOW_DAYS}))`.as('trending'),
      sql<boolean>`exists (select 1 from votes v where v.idea_id = ideas.id and ((v.customer_id = ${viewerCustomer}::uuid) or (v.anonymous_key = ${viewerKey}::text)))`.as('voted_by_me'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('ideas.workspace_id', '=', f.workspaceId)
    .where('ideas.board_id', '=', f.boardId);

  if (f.admin) {
    if (f.admin.state) q = q.where('ideas.state', '=', f.admin.state);
    if (!f.admin.includeHidden) q = q.where('ideas.hidden', '=', false);
    q = q.where('ideas.merged_into_id', 'is', null);
  } else {
    q = q.where('ideas.hidden', '=', false).where('ideas.merged_into_id', 'is', null);
    q = q.where((eb) => {
      const visible: Expression<SqlBool>[] = [eb('ideas.state', '=', 'published')];
      if (viewerCustomer) visible.push(eb.and([eb('ideas.customer_id', '=', viewerCustomer), eb('ideas.state', 'in', ['pending', 'in_review'])]));
      return eb.or(visible);
    });
  }
  if (f.ids) q = q.where('ideas.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.status) q = q.where('ideas.status', '=', f.status);
  if (f.statuses) q = q.where('ideas.status', 'in', f.statuses);
  if (f.tagId) q = q.where((eb) => eb.exists(eb.selectFrom('idea_tag_links').select('idea_tag_links.idea_id').whereRef('idea_tag_links.idea_id', '=', 'ideas.id').where('idea_tag_links.tag_id', '=', f.tagId!)));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    q = q.where((eb) => eb.or([eb('ideas.title', 'ilike', like), eb('ideas.description', 'ilike', like)]));
  }
  q = q.orderBy('ideas.pinned', 'desc');
  if (f.sort === 'trending') q = q.orderBy(sql`trending`, 'desc').orderBy(sql`votes`, 'desc');
  if (f.sort === 'top') q = q.orderBy(sql`votes`, 'desc');
  q = q.orderBy('ideas.created_at', 'desc').orderBy('ideas.id');
  const rows = await q.limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ ...r, votes: Number(r.votes), pending_votes: Number(r.pending_votes), comments: Number(r.comments), trending: Number(r.trending), total: Number(r.total) }));
}

/** Tags of the given ideas, by idea id. */
export async function tagsOfIdeas(db: Db, workspaceId: string, ideaIds: string[]) {
  const out = new Map<string, { id: string; name: string; color: string }[]>();
  if (ideaIds.length === 0) return out;
  const rows = await db
    .selectFrom('idea_tag_links')
    .innerJoin('idea_tags', 'idea_tags.id', 'idea_tag_links.tag_id')
    .select(['idea_tag_links.idea_id', 'idea_tags.id', 'idea_tags.name', 'idea_tags.color'])
    .where('idea_tag_links.workspace_id', '=', workspaceId)
    .where('idea_tag_links.idea_id', 'in', ideaIds)
    .orderBy('idea_tags.name')
    .execute();
  for (const r of rows) {
    const list = out.get(r.idea_id) ?? [];
    list.push({ id: r.id, name: r.name, color: r.color });
    out.set(r.idea_id, list);
  }
  return out;
}

/** One idea of a workspace (any state), or undefined. */
export function findIdea(db: Db, workspaceId: string, ideaId: string) {
  return db.selectFrom('ideas').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', ideaId).executeTakeFirst();
}

/** Stored (non-pending) votes of an idea: the number every count shown must equal. */
export async function countVotes(db: Db, ideaId: string): Promise<number> {
  const r = await db.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('n')).where('idea_id', '=', ideaId).where('pending', '=', false).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Comments of an idea in order; public view shows published ones plus the viewer's own pending ones. */
export function listComments(db: Db, props: { workspaceId: string; ideaId: string; viewerCustomerId?: string | null; admin?: boolean }) {
  let q = db
    .selectFrom('idea_comments')
    .leftJoin('customers', 'customers.id', 'idea_comments.customer_id')
    .leftJoin('users', 'users.id', 'idea_comments.author_user_id')
    .select([
      'idea_comments.id',
      'idea_comments.body',
      'idea_comments.state',
      'idea_comments.created_at',
      'idea_comments.author_user_id',
      'customers.name as customer_name',
      'customers.email as customer_email',
      'users.name as user_name',
    ])
    .where('idea_comments.workspace_id', '=', props.workspaceId)
    .where('idea_comments.idea_id', '=', props.ideaId);
  if (!props.admin) {
    q = q.where((eb) => {
      const visible: Expression<SqlBool>[] = [eb('idea_comments.state', '=', 'published')];
      if (props.viewerCustomerId) visible.push(eb.and([eb('idea_comments.customer_id', '=', props.viewerCustomerId), eb('idea_comments.state', 'in', ['pending', 'in_review'])]));
      return eb.or(visible);
    });
  }
  return q.orderBy('idea_comments.created_at').orderBy('idea_comments.id').execute();
}

/** Published ideas of a board, for duplicate suggestions. */
export function listIdeaTexts(db: Db, props: { workspaceId: string; boardId: string }) {
  return db
    .selectFrom('ideas')
    .select(['id', 'title', 'description', 'status', sql<number>`(select count(*) from votes v where v.idea_id = ideas.id and not v.pending)`.as('votes')])
    .where('workspace_id', '=', props.workspaceId)
    .where('board_id', '=', props.boardId)
    .where('state', '=', 'published')
    .where('hidden', '=', false)
    .where('merged_into_id', 'is', null)
    .execute();
}
