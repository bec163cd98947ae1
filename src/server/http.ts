import 'server-only';
import type { z } from 'zod';
import { currentUser, type CurrentUser } from './session';
import { ConflictError, ForbiddenError, NotFoundError } from './errors';

/** A JSON error for route handlers. */
export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ code, message }, { status });
}

class HttpError extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}

/** The request's JSON body checked against a schema; a 400 naming the bad fields otherwise. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new HttpError(jsonError(400, 'BAD_JSON', 'The request body is not JSON.'));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    throw new HttpError(jsonError(400, 'INVALID_INPUT', fields));
  }
  return parsed.data;
}

/**
 * A route handler for signed-in users: 401 without a session, 404 for what is not theirs (or does not exist:
 * the two are not told apart), 400 for bad input.
 */
export function withUser<C>(handler: (user: CurrentUser, request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await currentUser();
    if (!user) return jsonError(401, 'UNAUTHORIZED', 'Sign in first.');
    try {
      return await handler(user, request, context);
    } catch (error) {
      if (error instanceof HttpError) return error.response;
      if (error instanceof NotFoundError) return jsonError(404, 'NOT_FOUND', error.message);
      if (error instanceof ForbiddenError) return jsonError(403, 'FORBIDDEN', error.message);
      if (error instanceof ConflictError) return jsonError(409, 'CONFLICT', error.message);
      throw error;
    }
  };
}
