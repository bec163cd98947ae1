import { isDatabaseReachable } from '@/server/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await isDatabaseReachable();
  return Response.json(
    { status: database ? 'ok' : 'unavailable', database: database ? 'reachable' : 'unreachable' },
    { status: database ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
