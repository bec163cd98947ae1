import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JoinForm } from '@/components/teaching/forms';
import { requireUser } from '@/server/session';

interface Props {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ code?: string | string[] }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Join'))('title') };
}

export default async function JoinPage({ params, searchParams }: Props) {
  const [{ locale }, { code }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const given = typeof code === 'string' ? code.slice(0, 20) : '';
  const user = await requireUser(locale, `/join${given ? `?code=${encodeURIComponent(given)}` : ''}`);
  const t = await getTranslations('Join');
  return (
    <section className="narrow">
      <h1>{t('title')}</h1>
      {user.role === 'teacher' ? (
        <p>{t('teachersCannot')}</p>
      ) : (
        <JoinForm code={given} locale={locale} labels={{ code: t('code'), submit: t('join'), failed: t('failed') }} />
      )}
    </section>
  );
}
