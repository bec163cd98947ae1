import { z } from 'zod';

export const ROLES = ['learner', 'teacher'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** What the sign-up form sends; the server checks it again (better-auth for email and password, a hook for the role). */
export const SignUpSchema = z.object({
  name: z.string().trim().min(1, 'name').max(80, 'name'),
  email: z.email('email').max(254, 'email'),
  password: z.string().min(PASSWORD_MIN, 'password').max(PASSWORD_MAX, 'password'),
  role: RoleSchema,
});

export const SignInSchema = z.object({
  email: z.email('email'),
  password: z.string().min(1, 'password'),
});
