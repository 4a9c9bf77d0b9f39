import { z } from 'zod';

/** The workflow of an idea, in order. */
export const IDEA_STATUSES = ['new', 'under_consideration', 'planned', 'in_progress', 'made', 'declined'] as const;
export const ideaStatus = z.enum(IDEA_STATUSES);
export type IdeaStatusValue = z.infer<typeof ideaStatus>;
export const ROADMAP_STATUSES = ['planned', 'in_progress', 'made'] as const;

export const boardItemState = z.enum(['pending', 'in_review', 'published', 'rejected']);
export const ideaSort = z.enum(['trending', 'top', 'newest']);
export type IdeaSort = z.infer<typeof ideaSort>;

export const LIMITS = {
  titleMin: 4,
  titleMax: 120,
  descriptionMax: 4000,
  commentMax: 2000,
  captionMax: 300,
  nameMax: 80,
  /** Decoded image bytes. */
  imageBytes: 2 * 1024 * 1024,
  searchMax: 200,
} as const;

/** A trimmed string with a length range; whitespace-only text is empty. */
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** An image sent inline as base64 (or a data: URL); type-checked by magic bytes on the server. */
export const imageUpload = z.strictObject({
  data: z.string().min(8).max(Math.ceil((LIMITS.imageBytes * 4) / 3) + 64),
});

export const tag = z.object({ id: z.string(), name: z.string(), color: z.string() });
export type Tag = z.infer<typeof tag>;

// ---- public board ----

export const boardViewer = z.object({
  signedIn: z.boolean(),
  /** True once the magic link was followed; before that, what they post stays pending. */
  confirmed: z.boolean(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  /** Send as x-customer-csrf on writes made with the customer session. */
  csrfToken: z.string().nullable(),
});
export type BoardViewer = z.infer<typeof boardViewer>;

export const publicBoard = z.object({
  slug: z.string(),
  title: z.string(),
  intro: z.string(),
  workspaceName: z.string(),
  anonymousVoting: z.boolean(),
  moderation: z.boolean(),
  languages: z.array(z.string()),
  tags: z.array(tag),
  viewer: boardViewer,
});
export type PublicBoard = z.infer<typeof publicBoard>;

export const publicIdea = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  photoUrl: z.string().nullable(),
  status: ideaStatus,
  statusReason: z.string().nullable(),
  pinned: z.boolean(),
  votes: z.number().int(),
  comments: z.number().int(),
  trending: z.number(),
  votedByMe: z.boolean(),
  /** 'pending' only for the viewer's own unconfirmed ideas; others never see those. */
  state: boardItemState,
  tags: z.array(tag),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type PublicIdea = z.infer<typeof publicIdea>;

export const publicComment = z.object({
  id: z.string(),
  body: z.string(),
  authorName: z.string().nullable(),
  fromTeam: z.boolean(),
  state: boardItemState,
  createdAt: z.string(),
});
export type PublicComment = z.infer<typeof publicComment>;

export const publicIdeaDetail = publicIdea.extend({ commentList: z.array(publicComment) });
export type PublicIdeaDetail = z.infer<typeof publicIdeaDetail>;

export const ideaListQuery = z.object({
  sort: ideaSort.default('trending'),
  status: ideaStatus.optional(),
  tag: z.string().uuid().optional(),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type IdeaListQuery = z.infer<typeof ideaListQuery>;

export const ideaList = z.object({ ideas: z.array(publicIdea), total: z.number().int() });

export const similarQuery = z.object({ q: z.string().trim().min(1).max(LIMITS.searchMax) });
export const similarIdea = z.object({ id: z.string(), title: z.string(), status: ideaStatus, votes: z.number().int(), score: z.number() });
export const similarList = z.object({ ideas: z.array(similarIdea) });

/** `website` is a honeypot: people never see it, bots fill it in. */
const honeypot = { website: z.string().max(200).optional() };

export const signInBody = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  name: text(1, LIMITS.nameMax).optional(),
  locale: z.enum(['nl', 'en']).optional(),
  ...honeypot,
});
export const confirmSignInBody = z.strictObject({ token: z.string().min(20).max(100) });
export const confirmSignInResult = z.object({ slug: z.string(), published: z.number().int(), viewer: boardViewer });

export const postIdeaBody = z.strictObject({
  title: text(LIMITS.titleMin, LIMITS.titleMax),
  description: z.string().trim().max(LIMITS.descriptionMax).default(''),
  photo: imageUpload.optional(),
  language: z.enum(['nl', 'en']).optional(),
  ...honeypot,
});
export const postCommentBody = z.strictObject({ body: text(1, LIMITS.commentMax), ...honeypot });
export const voteResult = z.object({ ideaId: z.string(), voted: z.boolean(), pending: z.boolean(), votes: z.number().int() });

export const roadmap = z.object({ planned: z.array(publicIdea), in_progress: z.array(publicIdea), made: z.array(publicIdea) });

export const publicChangelogEntry = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  ideas: z.array(z.object({ id: z.string(), title: z.string() })),
});
export const publicChangelog = z.object({ entries: z.array(publicChangelogEntry) });

export const showcasePhoto = z.object({ id: z.string(), caption: z.string(), photoUrl: z.string(), authorName: z.string().nullable(), createdAt: z.string() });
export const showcaseList = z.object({ photos: z.array(showcasePhoto) });
export const postShowcaseBody = z.strictObject({ photo: imageUpload, caption: z.string().trim().max(LIMITS.captionMax).default(''), ...honeypot });

export const unsubscribeBody = z.strictObject({ token: z.string().min(10).max(200) });

// ---- team side ----

export const adminIdea = publicIdea.extend({
  state: boardItemState,
  hidden: z.boolean(),
  internalNote: z.string(),
  mergedIntoId: z.string().nullable(),
  customerEmail: z.string().nullable(),
  pendingVotes: z.number().int(),
});
export type AdminIdea = z.infer<typeof adminIdea>;
export const adminIdeaList = z.object({ ideas: z.array(adminIdea), total: z.number().int() });
export const adminIdeaQuery = ideaListQuery.extend({
  state: boardItemState.optional(),
  includeHidden: z.enum(['true', 'false']).optional(),
});

export const adminComment = publicComment.extend({ customerEmail: z.string().nullable() });
export const adminIdeaDetail = adminIdea.extend({ commentList: z.array(adminComment) });

export const updateIdeaBody = z.strictObject({
  title: text(LIMITS.titleMin, LIMITS.titleMax).optional(),
  description: z.string().trim().max(LIMITS.descriptionMax).optional(),
  pinned: z.boolean().optional(),
  hidden: z.boolean().optional(),
  internalNote: z.string().max(LIMITS.descriptionMax).optional(),
  tagIds: z.array(z.string().uuid()).max(20).optional(),
});

export const setStatusBody = z
  .strictObject({ status: ideaStatus, reason: z.string().trim().max(1000).optional(), notify: z.boolean().default(true) })
  .refine((b) => b.status !== 'declined' || (b.reason ?? '').length > 0, { message: 'a declined idea needs a public reason', path: ['reason'] });

export const mergeBody = z.strictObject({ duplicateId: z.string().uuid() });
export const mergeResult = z.object({ keptId: z.string(), movedVotes: z.number().int(), droppedDoubleVotes: z.number().int(), movedComments: z.number().int(), notified: z.number().int() });

export const moderationDecisionBody = z.strictObject({ decision: z.enum(['approve', 'reject']) });
export const moderationQueue = z.object({
  ideas: z.array(adminIdea),
  comments: z.array(adminComment.extend({ ideaId: z.string(), ideaTitle: z.string() })),
  showcase: z.array(showcasePhoto.extend({ state: boardItemState })),
});

export const createTagBody = z.strictObject({ name: text(1, 40), color: z.string().regex(/^[a-z]+$/).max(20).optional() });
export const updateTagBody = z.strictObject({ name: text(1, 40).optional(), color: z.string().regex(/^[a-z]+$/).max(20).optional() });

export const boardSettings = z.object({
  slug: z.string(),
  title: z.string(),
  intro: z.string(),
  anonymousVoting: z.boolean(),
  moderation: z.boolean(),
  languages: z.array(z.enum(['nl', 'en'])),
  publicUrl: z.string(),
  embedSnippet: z.string(),
});
export const updateBoardBody = z.strictObject({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$/, 'lower-case letters, digits and dashes, 3 to 50 characters')
    .optional(),
  title: text(1, 120).optional(),
  intro: z.string().trim().max(2000).optional(),
  anonymousVoting: z.boolean().optional(),
  moderation: z.boolean().optional(),
  languages: z.array(z.enum(['nl', 'en'])).min(1).max(2).optional(),
});

export const teamCommentBody = z.strictObject({ body: text(1, LIMITS.commentMax) });

export const votesByAttributeQuery = z.object({ attribute: z.string().trim().min(1).max(60).regex(/^[\w .-]+$/).optional() });
export const votesByAttribute = z.object({
  attribute: z.string(),
  total: z.number().int(),
  groups: z.array(z.object({ value: z.string().nullable(), votes: z.number().int() })),
});
export const customerAttributeKeys = z.object({ attributes: z.array(z.string()) });

export const changelogEntry = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string().nullable(),
  ideaIds: z.array(z.string()),
  createdAt: z.string(),
});
export const changelogEntryBody = z.strictObject({
  title: text(1, 160),
  body: z.string().trim().max(10_000).default(''),
  ideaIds: z.array(z.string().uuid()).max(50).default([]),
});
export const updateChangelogEntryBody = z.strictObject({
  title: text(1, 160).optional(),
  body: z.string().trim().max(10_000).optional(),
  ideaIds: z.array(z.string().uuid()).max(50).optional(),
});
export const publishResult = z.object({ entry: changelogEntry, notified: z.number().int() });
