import type { Metadata } from 'next';
import localFont from 'next/font/local';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/account/sign-out-button';
import { LocaleSwitch } from '@/components/locale-switch';
import { currentUser } from '@/server/session';
import { localeHref } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import '../globals.css';

const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  display: 'swap',
  variable: '--font-inter',
});

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'Metadata' });
  return { title: { default: t('title'), template: `%s · Leeslamp` }, description: t('description') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, user] = await Promise.all([getTranslations('Header'), currentUser()]);

  return (
    <html lang={locale} className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <Link href={localeHref(locale, '/')} className="brand" aria-label={t('home')}>
            <span aria-hidden="true">Leeslamp</span>
          </Link>
          <span className="tagline">{t('tagline')}</span>
          <nav className="header-nav" aria-label={t('account')}>
            {user?.role === 'teacher' && (
              <>
                <Link href={localeHref(locale, '/teach')} className="header-link">
                  {t('teach')}
                </Link>
                <Link href={localeHref(locale, '/import')} className="header-link">
                  {t('import')}
                </Link>
              </>
            )}
            {user ? (
              <>
                <Link href={localeHref(locale, '/review')} className="header-link">
                  {t('review')}
                </Link>
                <Link href={localeHref(locale, '/progress')} className="header-link">
                  {t('progress')}
                </Link>
                <Link href={localeHref(locale, '/account')} className="header-link" title={t('signedInAs', { name: user.name })}>
                  {t('account')}
                </Link>
                <SignOutButton label={t('signOut')} home={localeHref(locale, '/')} />
              </>
            ) : (
              <>
                <Link href={localeHref(locale, '/sign-in')} className="header-link">
                  {t('signIn')}
                </Link>
                <Link href={localeHref(locale, '/sign-up')} className="header-link">
                  {t('signUp')}
                </Link>
              </>
            )}
          </nav>
          <LocaleSwitch locale={locale} label={t('language')} />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
