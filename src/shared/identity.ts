import { z } from 'zod';

/** Limits of the identity profile, shared by the server check and the form. */
export const IDENTITY_LIMITS = { textMax: 2000, itemMax: 80, itemsMax: 20, imageQuestionsMax: 10 } as const;

const item = z.string().trim().min(1).max(IDENTITY_LIMITS.itemMax);
const items = z.array(item).max(IDENTITY_LIMITS.itemsMax);
const longText = z.string().trim().max(IDENTITY_LIMITS.textMax);

/** A survey question the team picked to measure the image ("how would you describe us?"). */
export const imageQuestion = z.strictObject({ surveyId: z.string().uuid(), question: z.string().trim().min(1).max(200) });
export type ImageQuestion = z.infer<typeof imageQuestion>;

/** The body of PUT /identity: the whole profile. */
export const identityProfileBody = z.strictObject({
  character: longText,
  values: longText,
  ownWords: longText,
  greatAt: items,
  goodAt: items,
  cannotDo: items,
  audience: longText,
  audienceSegmentIds: z.array(z.string().uuid()).max(20),
  imageQuestions: z.array(imageQuestion).max(IDENTITY_LIMITS.imageQuestionsMax),
});
export type IdentityProfileBody = z.infer<typeof identityProfileBody>;

export const identityProfile = identityProfileBody.extend({
  /** False until the team saved the profile once (the first-time flow is offered then). */
  filled: z.boolean(),
  updatedAt: z.string().nullable(),
  /** The saved segments the profile links to, with their names (missing ones left out). */
  audienceSegments: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type IdentityProfile = z.infer<typeof identityProfile>;

/** What customers say, per image question: top answers (choice) or top themes (open text) with counts. */
export const imageAnswer = z.object({ label: z.string(), count: z.number(), keywords: z.array(z.string()) });
export const imageQuestionSummary = z.object({
  surveyId: z.string(),
  surveyName: z.string(),
  question: z.string(),
  title: z.string(),
  kind: z.enum(['choice', 'open']),
  respondents: z.number(),
  top: z.array(imageAnswer),
});
export type ImageQuestionSummary = z.infer<typeof imageQuestionSummary>;

/** Team claim vs customer voice: claims nobody mentions, and what customers often say that nobody claimed. */
export const identityGaps = z.object({
  claimedNotMentioned: z.array(z.object({ item: z.string(), kind: z.enum(['great', 'good', 'character', 'values']) })),
  saidNotClaimed: z.array(z.object({ label: z.string(), count: z.number() })),
  matched: z.array(z.object({ item: z.string(), label: z.string(), count: z.number() })),
});
export type IdentityGapsResult = z.infer<typeof identityGaps>;

export const imageSummary = z.object({ questions: z.array(imageQuestionSummary), gaps: identityGaps });
export type ImageSummary = z.infer<typeof imageSummary>;

/** Questions a team can pick for the image (open text and choice questions of its surveys). */
export const imageQuestionOption = z.object({ surveyId: z.string(), surveyName: z.string(), question: z.string(), title: z.string(), kind: z.enum(['choice', 'open']) });
export type ImageQuestionOption = z.infer<typeof imageQuestionOption>;
