import { withUser } from '@/server/http';
import { assignmentProgress } from '@/server/teaching';

type Context = { params: Promise<{ id: string }> };

/** Each student's progress on the assignment (polled by the teacher's page). */
export const GET = withUser(async (user, _request, { params }: Context) => {
  const progress = await assignmentProgress(user, (await params).id);
  return Response.json(progress, { headers: { 'Cache-Control': 'no-store' } });
});
