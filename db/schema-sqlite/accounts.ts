import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { API_KEY_ROLES, ROLES } from '../../lib/auth/roles';
import { workspaces } from './workspaces';

/** A person who signs in with email and password. The email is stored lower-cased. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** scrypt, with its parameters and salt (lib/auth/password.ts); never the password. */
  passwordHash: text('password_hash').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** A signed-in browser. The id is the SHA-256 of the cookie's token, so a leaked table signs nobody in. */
export const authSessions = sqliteTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('auth_sessions_user_idx').on(table.userId)],
);

/** Who belongs to which workspace, with what role. */
export const memberships = sqliteTable(
  'memberships',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.userId] }), index('memberships_user_idx').on(table.userId)],
);

/** A one-time link that makes whoever opens it a member with `role`, until it expires. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    /** SHA-256 of the link's token: the link itself is shown once, to the admin who made it. */
    tokenHash: text('token_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
    acceptedBy: text('accepted_by'),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [uniqueIndex('invitations_token_hash_unique').on(table.tokenHash), index('invitations_workspace_idx').on(table.workspaceId)],
);

/** A workspace's key for the JSON API, sent as `Authorization: Bearer …`; stored as its SHA-256. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    role: text('role', { enum: API_KEY_ROLES }).notNull(),
    keyHash: text('key_hash').notNull(),
    /** The key's first characters, so an admin can tell keys apart without the secret. */
    prefix: text('prefix').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [uniqueIndex('api_keys_key_hash_unique').on(table.keyHash), index('api_keys_workspace_idx').on(table.workspaceId)],
);

/**
 * A failed sign-in, counted against its email and its client address (lib/auth/rate-limit.ts). In the
 * database rather than in memory, so every instance of the app counts the same failures. Rows older than
 * the limit's window are deleted as new failures arrive.
 */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `email:<address>` or `address:<client address>`. */
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('sign_in_failures_key_at_idx').on(table.key, table.at), index('sign_in_failures_at_idx').on(table.at)],
);
