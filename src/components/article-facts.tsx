import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PublishedDate } from './published-date';

interface Facts {
  level: string;
  publishedOn: string | null;
  dateIsEditorial: boolean;
  wordCount: number;
  readingMinutes: number;
}

/** Level, date, source, length and reading time of an article, as the library and the reader show them. */
export async function ArticleFacts({ article, source }: { article: Facts; source: ReactNode }) {
  const t = await getTranslations('ArticleFacts');
  return (
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
      <li>{source ?? <span className="muted">{t('sourceNotStated')}</span>}</li>
      <li>{t('words', { count: article.wordCount })}</li>
      <li>{t('readingTime', { minutes: article.readingMinutes })}</li>
    </ul>
  );
}
