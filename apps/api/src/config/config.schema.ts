import { z } from 'zod';

/**
 * The one typed schema every setting is validated against at boot (STYLE.md "Backend").
 * `.env.example` at the repository root lists the same keys.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    LIFELINE_DATA_DIR: z.string().min(1).default('.lifeline'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    CONSOLE_DIR: z.string().min(1).default('dist/console'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional()
      .describe('outgoing mail server; unset: replies stay QUEUED'),
    MAIL_FROM: z.string().min(3).default('Lifeline <support@lifeline.invalid>'),
    SMTP_LISTEN_PORT: z.coerce
      .number()
      .int()
      .min(0)
      .max(65535)
      .optional()
      .describe("inbound mail: the stores' forwarded buyer e-mails; unset: no listener"),
    SMTP_LISTEN_HOST: z.string().min(1).default('127.0.0.1'),
    MAIL_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    MAIL_RETRY_BASE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    PII_RETENTION_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(30)
      .default(30)
      .describe('days after delivery that buyer data is kept (Amazon DPP: at most 30)'),
    RETENTION_SWEEP_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
    SEED_DEMO: z
      .enum(['auto', 'true', 'false'])
      .default('auto')
      .describe('auto: seed the demo organisations when the embedded database is empty'),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(200).default(15),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(1_000_000).default(5000),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
  });

export type AppConfig = z.infer<typeof configSchema> & { JWT_SECRET: string };
export type RawConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError naming every bad or missing value. */
export function parseConfig(env: Record<string, string | undefined>): RawConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`));
  }
  return result.data;
}
