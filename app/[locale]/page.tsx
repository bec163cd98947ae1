import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PublishedDate } from '@/components/published-date';
import Link from 'next/link';
import { localeHref } from '@/i18n/navigation';
import { listArticles } from '@/server/articles';

export const dynamic = 'force-dynamic';

export default async function LibraryPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Library');
  const articles = await listArticles();

  return (
    <div className="library">
      <h1>{t('heading')}</h1>
      <p className="lede">{t('intro')}</p>
      {articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.slug} className="article-card" data-testid="article-card">
              <h2 lang="nl">
                <Link href={localeHref(locale, `/articles/${article.slug}`)}>{article.title}</Link>
              </h2>
              <p className="title-en" lang="en">
                {article.titleEn}
              </p>
              <ul className="facts">
                <li>
                  <span className="level-badge" data-level={article.level} title={t('levelLabel')}>
                    {t('level', { level: article.level })}
                  </span>
                </li>
                {article.publishedOn && (
                  <li>
                    <PublishedDate value={article.publishedOn} />
                    {article.dateIsEditorial && <span className="muted"> ({t('dateInferred')})</span>}
                  </li>
                )}
                <li>{article.sourceName ?? <span className="muted">{t('sourceNotStated')}</span>}</li>
                <li>{t('words', { count: article.wordCount })}</li>
                <li>{t('readingTime', { minutes: article.readingMinutes })}</li>
              </ul>
              {article.titleIsEditorial && (
                <p className="editorial-note" title={t('editorialTitleHint')}>
                  {t('editorialTitle')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
