import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Applies the real migrations to the test database with the Prisma CLI, and removes it afterwards. */
export default function setup() {
  const url = process.env.DATABASE_URL!;
  const file = url.replace(/^file:/, '');
  // The database with its write-ahead log: a stale log must never meet a new file.
  const remove = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));
  remove();
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1' },
    stdio: 'pipe',
  });
  return remove;
}
