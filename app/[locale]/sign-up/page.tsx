import type { Metadata } from 'next';
import Link from 'next/link';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthForm } from '@/components/account/auth-form';
import { authFormLabels } from '@/components/account/auth-labels';
import { localeHref } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('signUpTitle') };
}

interface Props {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  // Where to go afterwards travels to the other form too; only paths inside the app.
  const onward = typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? `?next=${encodeURIComponent(next)}` : '';
  setRequestLocale(locale);
  const t = await getTranslations('Auth');
  return (
    <section className="narrow">
      <h1>{t('signUpTitle')}</h1>
      <AuthForm mode="sign-up" labels={await authFormLabels('signUp')} home={localeHref(locale, '/')} />
      <p>
        {t('haveAccount')} <Link href={`${localeHref(locale, '/sign-in')}${onward}`}>{t('signIn')}</Link>
      </p>
    </section>
  );
}
