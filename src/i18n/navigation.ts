import { routing, type Locale } from './routing';

// Plain hrefs for next/link rather than next-intl's navigation components: those are client
// components that bring next-intl's runtime into every page's JavaScript, for links that the server
// can write out completely.

/** The URL of a page in a UI language: localeHref('nl', '/articles/x') is '/nl/articles/x'. */
export function localeHref(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The same page in another UI language. */
export function switchLocaleHref(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  const path = (routing.locales as readonly string[]).includes(first ?? '') ? rest : [first, ...rest];
  return localeHref(to, `/${path.filter(Boolean).join('/')}`);
}
