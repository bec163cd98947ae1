import { SaveWordSchema, UnsaveWordSchema } from '@/schemas/study';
import { readJson, withUser } from '@/server/http';
import { saveWord, savedWords, unsaveWord } from '@/server/words';

export const GET = withUser(async (user) => Response.json(await savedWords(user.id)));

/** Saves the word of an occurrence met while reading, with its sentence. */
export const POST = withUser(async (user, request) => {
  const { occurrenceId } = await readJson(request, SaveWordSchema);
  return Response.json(await saveWord(user.id, occurrenceId), { status: 201 });
});

export const DELETE = withUser(async (user, request) => {
  const { lexemeId } = await readJson(request, UnsaveWordSchema);
  await unsaveWord(user.id, lexemeId);
  return new Response(null, { status: 204 });
});
