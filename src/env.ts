import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'DATABASE_URL must be a SQLite URL such as file:./prisma/dev.db')
    .default('file:./prisma/dev.db'),
});

const AuthEnvSchema = z.object({
  BETTER_AUTH_SECRET: z
    .string({ error: 'BETTER_AUTH_SECRET is not set: `npm run setup` writes one to .env.local' })
    .min(32, 'BETTER_AUTH_SECRET must be at least 32 characters'),
  BETTER_AUTH_URL: z.url('BETTER_AUTH_URL must be the URL the app is served at, such as http://localhost:3000').optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

function parse<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return parsed.data;
}

/** The SQLite database URL; a relative path is taken from the working directory. */
export function databaseUrl(): string {
  return parse(EnvSchema).DATABASE_URL;
}

/** The secret that signs session cookies, and the URL the app is served at (its origin is trusted for sign-in). */
export function authEnv(): { secret: string; baseURL: string } {
  const env = parse(AuthEnvSchema);
  return { secret: env.BETTER_AUTH_SECRET, baseURL: env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}` };
}
