import { withUser } from '@/server/http';
import { rotateJoinCode } from '@/server/teaching';

type Context = { params: Promise<{ id: string }> };

/** Replaces the class's join code; the old one stops working. */
export const POST = withUser(async (user, _request, { params }: Context) => Response.json({ joinCode: await rotateJoinCode(user, (await params).id) }));
