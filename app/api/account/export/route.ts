import { exportData } from '@/server/account';
import { withUser } from '@/server/http';

/** The signed-in user's data as a JSON download. */
export const GET = withUser(async (user) => {
  const body = JSON.stringify(await exportData(user.id), null, 2);
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="leeslamp-export.json"',
      'Cache-Control': 'no-store',
    },
  });
});
