import { z } from 'zod';
import { formBoolean } from '@/lib/validation/coerce';
import { API_KEY_ROLES, ASSIGNABLE_ROLES } from './roles';

/** Long enough to resist guessing; the upper bound keeps hashing cheap for the server. */
export const PASSWORD_LIMITS = { min: 10, max: 200 } as const;

export const EmailSchema = z
  .string({ error: 'Email is required.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Email is required.', abort: true })
  .max(254, 'Email must be at most 254 characters.')
  .pipe(z.email({ error: 'Enter an email address such as ana@example.com.' }));

export const PasswordSchema = z
  .string({ error: 'Password is required.' })
  .min(PASSWORD_LIMITS.min, `Password must be at least ${PASSWORD_LIMITS.min} characters.`)
  .max(PASSWORD_LIMITS.max, `Password must be at most ${PASSWORD_LIMITS.max} characters.`);

export const WorkspaceNameSchema = z
  .string({ error: 'Workspace name is required.' })
  .trim()
  .min(1, 'Workspace name is required.')
  .max(80, 'Workspace name must be at most 80 characters.');

const personName = z.string().trim().max(80, 'Name must be at most 80 characters.');

/** The first-run setup page and INIT_* variables: the first owner and, when none exists, the first workspace. */
export const SetupSchema = z.strictObject({
  name: personName.default(''),
  email: EmailSchema,
  password: PasswordSchema,
  workspaceName: WorkspaceNameSchema.optional(),
});
export type SetupInput = z.output<typeof SetupSchema>;

export const SignInSchema = z.strictObject({
  email: EmailSchema,
  // Not the password rules: a sign-in only compares, and must not say which rule an old password breaks.
  password: z.string({ error: 'Password is required.' }).min(1, 'Password is required.').max(PASSWORD_LIMITS.max, 'Wrong email or password.'),
  next: z.string().optional(),
});
export type SignInInput = z.output<typeof SignInSchema>;

export const ChangePasswordSchema = z
  .strictObject({
    currentPassword: z.string({ error: 'Current password is required.' }).min(1, 'Current password is required.'),
    newPassword: PasswordSchema,
    confirmPassword: z.string({ error: 'Repeat the new password.' }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The two new passwords differ.',
  });
export type ChangePasswordInput = z.output<typeof ChangePasswordSchema>;

export const WorkspaceCreateSchema = z.strictObject({ name: WorkspaceNameSchema });

export const InvitationCreateSchema = z.strictObject({
  role: z.enum(ASSIGNABLE_ROLES, { error: 'Choose a role: admin, editor or viewer.' }),
});
export type InvitationCreateInput = z.output<typeof InvitationCreateSchema>;

/** Accepting an invitation as someone new: the account to create. */
export const InvitationSignUpSchema = z.strictObject({
  name: personName.default(''),
  email: EmailSchema,
  password: PasswordSchema,
});
export type InvitationSignUpInput = z.output<typeof InvitationSignUpSchema>;

export const MemberRoleSchema = z.strictObject({
  role: z.enum(ASSIGNABLE_ROLES, { error: 'Choose a role: admin, editor or viewer.' }),
  /**
   * When the new role may not administer: whether the API keys and invitation links they made go too.
   * A key keeps the role it was made with, so an admin's admin key would outlive their demotion.
   */
  revokeCreated: formBoolean.default(false),
});
export type MemberRoleInput = z.output<typeof MemberRoleSchema>;

/** Removing a member: whether the API keys and invitation links they made are revoked with them. */
export const MemberRemoveSchema = z.strictObject({
  revokeCreated: z.boolean({ error: 'Say whether to revoke what they created: true or false.' }),
});
export type MemberRemoveInput = z.output<typeof MemberRemoveSchema>;

/** The form, the action and POST /api/v1/api-keys all parse with this. */
export const ApiKeyCreateSchema = z.strictObject({
  name: z.string({ error: 'Name is required.' }).trim().min(1, 'Name is required.').max(80, 'Name must be at most 80 characters.'),
  role: z.enum(API_KEY_ROLES, { error: 'Role must be "admin", "editor" or "viewer".' }),
});
export type ApiKeyCreateInput = z.output<typeof ApiKeyCreateSchema>;

/** An API key as sent: our prefix and 43 URL-safe characters; INIT_API_KEY may be any 32+ characters. */
export const API_KEY_PREFIX = 'sb_';
