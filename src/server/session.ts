import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import type { Role } from '../schemas/account';
import { auth } from './auth';

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The signed-in user of this request, or null; looked up once per request. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role } = session.user as typeof session.user & { role?: string };
  return { id, name, email, role: role === 'teacher' ? 'teacher' : 'learner' };
});

