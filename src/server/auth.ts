import 'server-only';
import { APIError, betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { authEnv } from '../env';
import { PASSWORD_MAX, PASSWORD_MIN, RoleSchema } from '../schemas/account';
import { db } from './db';

const { secret, baseURL } = authEnv();
const DAY = 60 * 60 * 24;

/** A sign-in is refused (HTTP 429) after this many attempts from one client within the window. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 };

/**
 * Accounts: email and password (hashed with scrypt by better-auth), sessions stored in the database
 * behind an httpOnly cookie (secure when served over https), sign-in rate-limited per client.
 */
export const auth = betterAuth({
  secret,
  baseURL,
  trustedOrigins: [baseURL, baseURL.replace('://localhost', '://127.0.0.1'), baseURL.replace('://127.0.0.1', '://localhost')],
  database: prismaAdapter(db, { provider: 'sqlite' }),
  emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX, autoSignIn: true },
  // The session is read from the database at most once a minute per browser; in between, a signed cookie
  // vouches for it. Signing out, or deleting the account, clears that cookie in the browser that did it.
  session: { expiresIn: 30 * DAY, updateAge: DAY, cookieCache: { enabled: true, maxAge: 60 } },
  user: {
    additionalFields: { role: { type: 'string', required: false, defaultValue: 'learner', input: true } },
    deleteUser: { enabled: true },
  },
  rateLimit: {
    enabled: true,
    storage: 'database',
    window: 60,
    max: 200,
    customRules: { '/sign-in/email': SIGN_IN_LIMIT, '/sign-up/email': { window: 60, max: 10 } },
  },
  databaseHooks: {
    user: {
      create: {
        before: async (user) => {
          const role = RoleSchema.safeParse(user.role ?? 'learner');
          if (!role.success) throw new APIError('BAD_REQUEST', { message: 'role must be learner or teacher', code: 'INVALID_ROLE' });
          return { data: { ...user, role: role.data } };
        },
      },
      // The role is chosen at sign-up and kept: a learner cannot make themselves a teacher later.
      update: {
        before: async (user) => {
          if ('role' in user) throw new APIError('FORBIDDEN', { message: 'the role cannot be changed', code: 'ROLE_IS_FIXED' });
        },
      },
    },
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
