import { NewAssignmentSchema } from '@/schemas/teaching';
import { readJson, withUser } from '@/server/http';
import { createAssignment } from '@/server/teaching';

type Context = { params: Promise<{ id: string }> };

/** The teacher assigns an article version to the class. */
export const POST = withUser(async (user, request, { params }: Context) => {
  const input = await readJson(request, NewAssignmentSchema);
  const created = await createAssignment(user, (await params).id, input);
  return Response.json({ id: created.id }, { status: 201 });
});
