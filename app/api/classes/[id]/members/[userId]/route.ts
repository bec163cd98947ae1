import { withUser } from '@/server/http';
import { removeMember } from '@/server/teaching';

type Context = { params: Promise<{ id: string; userId: string }> };

/** The teacher removes a student from the class. */
export const DELETE = withUser(async (user, _request, { params }: Context) => {
  const { id, userId } = await params;
  await removeMember(user, id, userId);
  return new Response(null, { status: 204 });
});
