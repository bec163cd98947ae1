// Prepares the app's data: generates the Prisma client, applies migrations, loads the seed articles, and
// gives a new checkout a secret for signing session cookies (in .env.local, which git ignores).
// Safe to run again: migrations already applied and unchanged articles are skipped, an existing secret is kept.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

const ENV_FILE = '.env.local';
const hasSecret = process.env.BETTER_AUTH_SECRET || (existsSync(ENV_FILE) && /^BETTER_AUTH_SECRET=/m.test(readFileSync(ENV_FILE, 'utf8')));
if (!hasSecret) {
  appendFileSync(ENV_FILE, `BETTER_AUTH_SECRET=${randomBytes(32).toString('base64url')}\n`);
  console.log(`setup: wrote a new BETTER_AUTH_SECRET to ${ENV_FILE}`);
}

const env = { ...process.env, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' };
const steps = [
  ['prisma', ['generate']],
  ['prisma', ['migrate', 'deploy']],
  ['tsx', ['--conditions=react-server', 'seeds/load.ts']],
];
for (const [bin, args] of steps) {
  const result = spawnSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`setup: ${bin} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}
