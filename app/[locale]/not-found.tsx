import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { localeHref } from '@/i18n/navigation';

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations('NotFound'), getLocale()]);
  return (
    <div className="library">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href={localeHref(locale, '/')}>{t('home')}</Link>
      </p>
    </div>
  );
}
