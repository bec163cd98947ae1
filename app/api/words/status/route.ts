import { SetStatusSchema } from '@/schemas/study';
import { readJson, withUser } from '@/server/http';
import { setWordStatus } from '@/server/words';

/** Sets the signed-in learner's status of a word (its lemma). */
export const PUT = withUser(async (user, request) => {
  const { lexemeId, status } = await readJson(request, SetStatusSchema);
  return Response.json({ lexemeId, status: await setWordStatus(user.id, lexemeId, status) });
});
