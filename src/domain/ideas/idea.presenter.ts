import type { IdeaRow } from './idea.repository.ts';

type TagOut = { id: string; name: string; color: string };

export const boardImageUrl = (imageId: string) => `/api/public/board-images/${imageId}`;

const iso = (d: Date | string) => new Date(d).toISOString();
/** Board visitors see a first name at most, never an address. */
export const publicName = (name: string | null) => (name ? name.trim().split(/\s+/)[0].slice(0, 40) : null);

export function presentPublicIdea(row: IdeaRow, tags: TagOut[] = []) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    photoUrl: row.photo_id ? boardImageUrl(row.photo_id) : null,
    status: row.status,
    statusReason: row.status_reason,
    pinned: row.pinned,
    votes: row.votes,
    comments: row.comments,
    trending: Math.round(row.trending * 1000) / 1000,
    votedByMe: row.voted_by_me,
    state: row.state,
    tags,
    authorName: publicName(row.author_name),
    createdAt: iso(row.created_at),
  };
}

export function presentAdminIdea(row: IdeaRow, tags: TagOut[] = []) {
  return {
    ...presentPublicIdea(row, tags),
    authorName: row.author_name,
    hidden: row.hidden,
    internalNote: row.internal_note,
    mergedIntoId: row.merged_into_id,
    customerEmail: row.customer_email,
    pendingVotes: row.pending_votes,
  };
}

export interface CommentRow {
  id: string;
  body: string;
  state: 'pending' | 'in_review' | 'published' | 'rejected';
  created_at: Date;
  author_user_id: string | null;
  customer_name: string | null;
  customer_email: string | null;
  user_name: string | null;
}

export function presentPublicComment(row: CommentRow) {
  const fromTeam = row.author_user_id !== null;
  return {
    id: row.id,
    body: row.body,
    authorName: fromTeam ? row.user_name : publicName(row.customer_name),
    fromTeam,
    state: row.state,
    createdAt: iso(row.created_at),
  };
}

export function presentAdminComment(row: CommentRow) {
  return { ...presentPublicComment(row), authorName: row.author_user_id ? row.user_name : row.customer_name, customerEmail: row.customer_email };
}
