import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleFacts } from '@/components/article-facts';
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
              <ArticleFacts article={article} source={article.sourceName} />
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
