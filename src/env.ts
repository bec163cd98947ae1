import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'DATABASE_URL must be a SQLite URL such as file:./prisma/dev.db')
    .default('file:./prisma/dev.db'),
});

/** The SQLite database URL; a relative path is taken from the working directory. */
export function databaseUrl(): string {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return parsed.data.DATABASE_URL;
}
