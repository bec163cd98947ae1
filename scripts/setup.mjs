// Prepares the app's data: generates the Prisma client, applies migrations, loads the seed articles.
// Safe to run again: migrations already applied and unchanged articles are skipped.
import { spawnSync } from 'node:child_process';

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
