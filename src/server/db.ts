import 'server-only';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client';
import { databaseUrl } from '../env';

function createClient(): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  // Write-ahead logging: readers do not wait for a writer, and a commit costs one append to the log
  // (synced at checkpoints, so a power cut may lose the last commits, never corrupt the file).
  client
    .$queryRawUnsafe('PRAGMA journal_mode = WAL')
    .then(() => client.$queryRawUnsafe('PRAGMA synchronous = NORMAL'))
    .catch((error: unknown) => console.warn('SQLite: could not switch to write-ahead logging:', error));
  return client;
}

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
