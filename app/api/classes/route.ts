import { NewClassSchema } from '@/schemas/teaching';
import { readJson, withUser } from '@/server/http';
import { createClass } from '@/server/teaching';

/** A teacher creates a class; it gets a join code. */
export const POST = withUser(async (user, request) => {
  const { name } = await readJson(request, NewClassSchema);
  const created = await createClass(user, name);
  return Response.json({ id: created.id, name: created.name, joinCode: created.joinCode }, { status: 201 });
});
