import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeleteAccount } from '@/components/account/delete-account';
import { localeHref } from '@/i18n/navigation';
import { requireUser } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account'))('title') };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, '/account');
  const [t, auth] = await Promise.all([getTranslations('Account'), getTranslations('Auth')]);
  return (
    <section className="narrow">
      <h1>{t('title')}</h1>
      <p>
        {user.name} · {user.email}
      </p>
      <p>{t('role', { role: auth(user.role) })}</p>
      <p>
        <a href="/api/account/export" download>
          {t('export')}
        </a>
        <br />
        <small className="muted">{t('exportHint')}</small>
      </p>
      <h2>{t('deleteTitle')}</h2>
      <p>{t('deleteHint')}</p>
      <DeleteAccount labels={{ confirmPassword: t('confirmPassword'), delete: t('delete'), failed: t('deleteFailed') }} home={localeHref(locale, '/')} />
    </section>
  );
}
