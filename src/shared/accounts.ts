import { z } from 'zod';

export const roleSchema = z.enum(['owner', 'editor', 'viewer']);
export const localeSchema = z.enum(['nl', 'en']);
const email = z.string().trim().max(254).email('must be an e-mail address');

export const signUpBody = z.strictObject({
  email,
  password: z.string().min(10, 'must be at least 10 characters').max(200),
  name: z.string().trim().min(1, 'is required').max(100),
  workspaceName: z.string().trim().min(1, 'is required').max(100),
  locale: localeSchema.default('nl'),
});
export type SignUpBody = z.infer<typeof signUpBody>;

export const logInBody = z.strictObject({ email, password: z.string().min(1, 'is required').max(200) });
export type LogInBody = z.infer<typeof logInBody>;

export const workspaceSummary = z.object({ id: z.string().uuid(), name: z.string(), slug: z.string(), role: roleSchema });
export type WorkspaceSummary = z.infer<typeof workspaceSummary>;

export const meResponse = z.object({
  user: z.object({ id: z.string().uuid(), email: z.string(), name: z.string(), locale: z.string() }),
  csrfToken: z.string(),
  currentWorkspaceId: z.string().uuid().nullable(),
  workspaces: z.array(workspaceSummary),
});
export type MeResponse = z.infer<typeof meResponse>;

export const createWorkspaceBody = z.strictObject({ name: z.string().trim().min(1, 'is required').max(100) });
export const switchWorkspaceBody = z.strictObject({ workspaceId: z.string().uuid() });

export const member = z.object({ id: z.string().uuid(), name: z.string(), email: z.string(), role: roleSchema, createdAt: z.string() });
export type Member = z.infer<typeof member>;
export const changeRoleBody = z.strictObject({ role: roleSchema });

export const createInviteBody = z.strictObject({ role: roleSchema, email: email.optional() });
export const invite = z.object({ id: z.string().uuid(), role: roleSchema, email: z.string().nullable(), createdAt: z.string(), expiresAt: z.string() });
export type Invite = z.infer<typeof invite>;
export const createdInvite = invite.extend({ url: z.string(), token: z.string() });
export type CreatedInvite = z.infer<typeof createdInvite>;
export const invitePreview = z.object({ workspaceName: z.string(), role: roleSchema, email: z.string().nullable() });
export type InvitePreview = z.infer<typeof invitePreview>;
