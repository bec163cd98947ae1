import Link from 'next/link';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeHref } from '@/i18n/navigation';
import { AuthForm } from './auth-form';

const ERROR_CODES = ['name', 'email', 'password', 'USER_ALREADY_EXISTS', 'INVALID_EMAIL_OR_PASSWORD', 'TOO_MANY_REQUESTS', 'UNKNOWN'] as const;

export interface AuthPageProps {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

/** The sign-in or the sign-up page: the form, and a link to the other one. */
export async function AuthPage({ mode, params, searchParams }: AuthPageProps & { mode: 'sign-in' | 'sign-up' }) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations('Auth');
  // Where to go afterwards travels to the other form too; only paths inside the app.
  const onward = typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? `?next=${encodeURIComponent(next)}` : '';
  const signIn = mode === 'sign-in';
  return (
    <section className="narrow">
      <h1>{t(signIn ? 'signInTitle' : 'signUpTitle')}</h1>
      <AuthForm
        mode={mode}
        home={localeHref(locale, '/')}
        labels={{
          name: t('name'),
          email: t('email'),
          password: t('password'),
          passwordHint: t('passwordHint'),
          role: t('role'),
          learner: t('learner'),
          teacher: t('teacher'),
          submit: t(signIn ? 'signIn' : 'signUp'),
          errors: Object.fromEntries(ERROR_CODES.map((code) => [code, t(`errors.${code}`)])),
        }}
      />
      <p>
        {t(signIn ? 'noAccount' : 'haveAccount')}{' '}
        <Link href={`${localeHref(locale, signIn ? '/sign-up' : '/sign-in')}${onward}`}>{t(signIn ? 'signUp' : 'signIn')}</Link>
      </p>
    </section>
  );
}
