import { describe, expect, it, vi } from 'vitest';

describe('GET /api/health', () => {
  it('answers 200 when the database is reachable', async () => {
    const { GET } = await import('../../app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('answers 503 when it is not', async () => {
    // A fresh module graph and no cached client: the route connects to a database that cannot be opened.
    vi.resetModules();
    delete (globalThis as { prisma?: unknown }).prisma;
    vi.stubEnv('DATABASE_URL', 'file:/nonexistent-directory/leeslamp.db');
    try {
      const { GET } = await import('../../app/api/health/route');
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
