import Link from 'next/link';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleFacts } from '@/components/article-facts';
import { localeHref } from '@/i18n/navigation';
import { CEFR_LEVELS } from '@/schemas/article-seed';
import { listArticles, type LibraryArticle } from '@/server/articles';
import { currentUser } from '@/server/session';
import { libraryCoverage, type ArticleCoverage } from '@/server/words';
import { Coverage } from '@/components/study/coverage';
import { learnerAssignments } from '@/server/teaching';
import { LearnerAssignments } from '@/components/teaching/learner-assignments';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ level?: string | string[] }>;
}

export default async function LibraryPage({ params, searchParams }: Props) {
  const [{ locale }, { level: requested }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations('Library');
  const user = await currentUser();
  const all = await listArticles(user?.id ?? null);
  const [coverage, assignments]: [Record<string, ArticleCoverage>, Awaited<ReturnType<typeof learnerAssignments>>] = user ? await Promise.all([libraryCoverage(user.id), learnerAssignments(user.id)]) : [{}, []];
  const level = CEFR_LEVELS.find((candidate) => candidate === requested);
  const articles = level ? all.filter((article) => article.levels.includes(level)) : all;
  const offered = CEFR_LEVELS.filter((candidate) => all.some((article) => article.levels.includes(candidate)));
  const versionHref = (article: LibraryArticle, version: string) =>
    localeHref(locale, `/articles/${article.slug}${version === article.level ? '' : `?level=${version}`}`);

  return (
    <div className="library">
      {user?.role === 'learner' && <LearnerAssignments assignments={assignments} locale={locale} />}
      <h1>{t('heading')}</h1>
      <p className="lede">{t('intro')}</p>
      <nav className="level-filter" aria-label={t('filter')}>
        <ul>
          <li>
            <Link href={localeHref(locale, '/')} aria-current={level ? undefined : 'page'}>
              {t('allLevels')}
            </Link>
          </li>
          {offered.map((candidate) => (
            <li key={candidate}>
              <Link href={`${localeHref(locale, '/')}?level=${candidate}`} aria-current={candidate === level ? 'page' : undefined}>
                {candidate}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.slug} className="article-card" data-testid="article-card">
              <h2 lang="nl">
                <Link href={versionHref(article, level ?? article.level)}>{article.title}</Link>
              </h2>
              <p className="title-en" lang="en">
                {article.titleEn}
              </p>
              <ArticleFacts article={article} source={article.sourceName} />
              {article.levels.length > 1 && (
                <p className="levels">
                  {t('readAt')}{' '}
                  {article.levels.map((version, i) => (
                    <span key={version}>
                      {i > 0 && ' · '}
                      <Link href={versionHref(article, version)} aria-label={t('readAtLevel', { level: version })}>
                        {version}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
              {coverage[article.slug] && (
                <Coverage coverage={coverage[article.slug]!} hrefOf={(version) => versionHref(article, version)} />
              )}
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
