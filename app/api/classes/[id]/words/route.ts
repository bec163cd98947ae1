import { HardWordsQuizSchema } from '@/schemas/teaching';
import { readJson, withUser } from '@/server/http';
import { assignHardWords, hardWords } from '@/server/teaching';

type Context = { params: Promise<{ id: string }> };

/** The words the class found hardest: looked up or missed, with how many students. */
export const GET = withUser(async (user, _request, { params }: Context) => Response.json(await hardWords(user, (await params).id)));

/** Turns the hardest words into a quiz assignment for the class. */
export const POST = withUser(async (user, request, { params }: Context) => {
  const input = await readJson(request, HardWordsQuizSchema);
  const created = await assignHardWords(user, (await params).id, input);
  return Response.json({ id: created.id }, { status: 201 });
});
