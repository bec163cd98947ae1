'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

const NAMES = { en: 'English', nl: 'Nederlands' } as const;

/** Links to the same page in each UI language; the current one is marked, not linked. */
export function LocaleSwitch({ label }: { label: string }) {
  const locale = useLocale();
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
              <Link href={pathname} locale={candidate} lang={candidate} hrefLang={candidate}>
                {NAMES[candidate]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
