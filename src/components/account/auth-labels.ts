import { getTranslations } from 'next-intl/server';
import type { AuthFormLabels } from './auth-form';

const ERROR_CODES = ['name', 'email', 'password', 'USER_ALREADY_EXISTS', 'INVALID_EMAIL_OR_PASSWORD', 'TOO_MANY_REQUESTS', 'UNKNOWN'] as const;

export async function authFormLabels(submit: 'signIn' | 'signUp'): Promise<AuthFormLabels> {
  const t = await getTranslations('Auth');
  return {
    name: t('name'),
    email: t('email'),
    password: t('password'),
    passwordHint: t('passwordHint'),
    role: t('role'),
    learner: t('learner'),
    teacher: t('teacher'),
    submit: t(submit),
    errors: Object.fromEntries(ERROR_CODES.map((code) => [code, t(`errors.${code}`)])),
  };
}
