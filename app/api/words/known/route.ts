import { MarkKnownSchema } from '@/schemas/study';
import { readJson, withUser } from '@/server/http';
import { markRestKnown } from '@/server/words';

/** Marks every word of an article version that has no status yet as known. */
export const POST = withUser(async (user, request) => {
  const { versionId } = await readJson(request, MarkKnownSchema);
  return Response.json({ marked: await markRestKnown(user.id, versionId) });
});
