import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
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


/** The signed-in user of a page; anyone else is sent to sign in and brought back to `path` afterwards. */
export async function requireUser(locale: string, path: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`);
  return user;
}

/** A teacher's page: others get "not found", the signed-out are sent to sign in. */
export async function requireTeacher(locale: string, path: string): Promise<CurrentUser> {
  const user = await requireUser(locale, path);
  if (user.role !== 'teacher') notFound();
  return user;
}
