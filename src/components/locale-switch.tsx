'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { switchLocaleHref } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';

const NAMES: Record<Locale, string> = { en: 'English', nl: 'Nederlands' };

/** Links to the same page in each UI language; the current one is marked, not linked. */
export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="locale-switch" aria-label={label}>
      <ul>
        {routing.locales.map((candidate) => (
          <li key={candidate}>
            {candidate === locale ? (
              <span aria-current="true" lang={candidate}>
                {NAMES[candidate]}
              </span>
            ) : (
              <Link href={switchLocaleHref(pathname, candidate)} lang={candidate} hrefLang={candidate}>
                {NAMES[candidate]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
