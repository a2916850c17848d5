import { z } from 'zod';
import { EmailSchema, PasswordSchema, WorkspaceNameSchema } from '@/lib/auth/schema';

/** Configuration by environment, validated once at start-up so a typo fails loudly, not later. */
const EnvSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/switchboard.db'),
  // Set, it selects PostgreSQL (db/dialect.ts) and DATABASE_PATH is not used.
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// or postgresql:// URL.' })
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z
    .union([z.ipv4(), z.ipv6(), z.hostname()], { error: 'HOST must be an IP address or a host name, such as 127.0.0.1 or 0.0.0.0.' })
    .default('127.0.0.1'),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  // 1 when a reverse proxy in front sets X-Forwarded-For: the sign-in limit then counts its first address (lib/api/client-address.ts).
  TRUST_PROXY: z.enum(['0', '1'], { error: 'TRUST_PROXY must be 0 or 1.' }).default('0'),
  // 1 lets Custom Function webhooks reach private, loopback and link-local addresses (lib/webhooks/address-guard.ts reads it per call).
  WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1'], { error: 'WEBHOOK_ALLOW_PRIVATE must be 0 or 1.' }).default('0'),
  // Headless first start (lib/auth/init-from-env.ts): on a database without users, this owner, workspace and key.
  INIT_USER_EMAIL: EmailSchema.optional(),
  INIT_USER_PASSWORD: PasswordSchema.optional(),
  INIT_WORKSPACE_NAME: WorkspaceNameSchema.optional(),
  INIT_API_KEY: z.string().min(32, 'INIT_API_KEY must be at least 32 characters.').max(200).regex(/^\S+$/, 'INIT_API_KEY may not contain spaces.').optional(),
}).superRefine((env, issues) => {
  if (Boolean(env.INIT_USER_EMAIL) !== Boolean(env.INIT_USER_PASSWORD)) {
    issues.addIssue({ code: 'custom', path: ['INIT_USER_PASSWORD'], message: 'INIT_USER_EMAIL and INIT_USER_PASSWORD go together: set both or neither.' });
  }
  if ((env.INIT_API_KEY || env.INIT_WORKSPACE_NAME) && !env.INIT_USER_EMAIL) {
    issues.addIssue({ code: 'custom', path: ['INIT_USER_EMAIL'], message: 'INIT_API_KEY and INIT_WORKSPACE_NAME need INIT_USER_EMAIL and INIT_USER_PASSWORD.' });
  }
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const blankToUndefined = Object.fromEntries(
    Object.entries(process.env).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const parsed = EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n  ${problems.join('\n  ')}`);
  }
  cached = parsed.data;
  return cached;
}
