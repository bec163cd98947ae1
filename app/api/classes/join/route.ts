import { JoinClassSchema } from '@/schemas/teaching';
import { readJson, withUser } from '@/server/http';
import { joinClass } from '@/server/teaching';

/** A learner joins a class with its code. */
export const POST = withUser(async (user, request) => {
  const { code } = await readJson(request, JoinClassSchema);
  return Response.json(await joinClass(user, code));
});
