import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Applies the real migrations to the test database with the Prisma CLI, and removes it afterwards. */
export default function setup() {
  const url = process.env.DATABASE_URL!;
  const file = url.replace(/^file:/, '');
  rmSync(file, { force: true });
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1' },
    stdio: 'pipe',
  });
  return () => rmSync(file, { force: true });
}
