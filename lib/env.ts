import { z } from 'zod';

/** Configuration by environment, validated once at start-up so a typo fails loudly, not later. */
const EnvSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/switchboard.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
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
