import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleFacts } from '@/components/article-facts';
import { BlockText } from '@/components/reader/block-text';
import { GlossedText } from '@/components/reader/glossed-text';
import { LevelSwitch } from '@/components/reader/level-switch';
import { SHOW_ALL_COOKIE } from '@/components/reader/translation-cookie';
import { ShowAllTranslations, TranslatedBlock, TranslationProvider } from '@/components/reader/translations';
import Link from 'next/link';
import { localeHref } from '@/i18n/navigation';
import { PARTS_OF_SPEECH } from '@/schemas/article-seed';
import { getArticleForReading, type ReaderBlock } from '@/server/articles';
import { ReadingTracker } from '@/components/reader/reading-tracker';
import { StudyBar, StudyProvider } from '@/components/reader/study';
import { WORD_STATUSES } from '@/schemas/study';
import { currentUser } from '@/server/session';
import { savedWords, statusesFor } from '@/server/words';

interface Props {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<{ level?: string | string[] }>;
}

async function load({ params, searchParams }: Props) {
  const [{ slug }, { level }, user] = await Promise.all([params, searchParams, currentUser()]);
  return getArticleForReading(slug, typeof level === 'string' ? level : undefined, user?.id ?? null);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const article = await load(props);
  return article ? { title: article.title } : {};
}

export default async function ReaderPage(props: Props) {
  const { locale } = await props.params;
  setRequestLocale(locale);
  const [article, t, tooltip, study, cookieStore, user] = await Promise.all([
    load(props),
    getTranslations('Reader'),
    getTranslations('Tooltip'),
    getTranslations('Study'),
    cookies(),
    currentUser(),
  ]);
  if (!article) notFound();
  const lexemeIds = [...new Set(Object.values(article.glosses).map((gloss) => gloss.lexemeId))];
  const [statuses, saved] = user ? await Promise.all([statusesFor(user.id, lexemeIds), savedWords(user.id)]) : [{}, []];
  const here = `${localeHref(locale, `/articles/${article.slug}`)}${article.level === article.versions.find((v) => v.isOriginal)?.level ? '' : `?level=${article.level}`}`;

  const labels = { show: t('showTranslation'), hide: t('hideTranslation'), missing: t('noTranslation') };
  const blocks = article.titleBlock ? [article.titleBlock, ...article.blocks] : article.blocks;

  const renderBlock = (block: ReaderBlock) => {
    const text = <BlockText segments={block.segments} />;
    switch (block.kind) {
      case 'title':
        return <h1>{text}</h1>;
      case 'heading':
        return <h2>{text}</h2>;
      case 'caption':
        return (
          <p className="caption">
            {text}
            {block.credit && <span className="credit"> {t('photo', { credit: block.credit })}</span>}
          </p>
        );
      case 'quote':
        return (
          <blockquote className="pull-quote">
            <p>{text}</p>
            {block.attribution && <footer>{t('quoteBy', { attribution: block.attribution })}</footer>}
          </blockquote>
        );
      default:
        return <p>{text}</p>;
    }
  };

  return (
    <article className="reader">
      <p className="back">
        <Link href={localeHref(locale, '/')}>← {t('backToLibrary')}</Link>
      </p>
      <StudyProvider
        versionId={article.versionId}
        glosses={article.glosses}
        initialStatuses={statuses}
        initialSaved={saved.map((word) => word.lexemeId)}
        signedIn={user !== null}
        labels={{
          status: study('status'),
          statuses: Object.fromEntries(WORD_STATUSES.map((status) => [status, study(`statuses.${status}`)])) as Record<(typeof WORD_STATUSES)[number], string>,
          save: study('save'),
          saved: study('saved'),
          signInToStudy: study('signInToStudy'),
          signInHref: `${localeHref(locale, '/sign-in')}?next=${encodeURIComponent(here)}`,
          keys: study('keys'),
          highlight: study('highlight'),
          markRestKnown: study('markRestKnown'),
          markedKnown: study('markedKnown', { count: '{count}' }),
          startQuiz: study('startArticleQuiz'),
          failed: study('failed'),
        }}
      >
        <TranslationProvider
          article={article.slug}
          blocks={blocks.map((block) => block.id)}
          initialAllOpen={cookieStore.get(SHOW_ALL_COOKIE)?.value === 'all'}
        >
          <GlossedText
            glosses={article.glosses}
            labels={{
              lemma: tooltip('lemma'),
              form: tooltip('form'),
              unit: tooltip('unit'),
              notGlossed: tooltip('notGlossed'),
              pos: Object.fromEntries(PARTS_OF_SPEECH.map((tag) => [tag, tooltip(`pos.${tag}`)])),
            }}
          >
            {article.titleBlock ? (
              <TranslatedBlock id={article.titleBlock.id} kind="title" translation={article.titleBlock.translation} labels={labels}>
                {renderBlock(article.titleBlock)}
              </TranslatedBlock>
            ) : (
              <h1 lang="nl">{article.title}</h1>
            )}
            <div className="article-meta">
              <ArticleFacts
                article={article}
                source={
                  article.sourceName && (
                    <>
                      {article.sourceUrl ? (
                        <a href={article.sourceUrl} rel="noopener noreferrer">
                          {t('source', { source: article.sourceName })}
                        </a>
                      ) : (
                        t('source', { source: article.sourceName })
                      )}
                      {article.section && <span className="muted"> ({t('section', { section: article.section })})</span>}
                    </>
                  )
                }
              />
              {article.titleIsEditorial && <p className="editorial-note">{t('editorialTitle')}</p>}
              <p className="how-to">{t('howTo')}</p>
            </div>
            {/* Stays in view while reading, so switching level or translations works from anywhere in the story. */}
            <div className="reader-toolbar">
              {article.versions.length > 1 && (
                <LevelSwitch
                  label={t('levels')}
                  current={article.level}
                  levels={article.versions.map(({ level, isOriginal }) => ({
                    level,
                    href: `${localeHref(locale, `/articles/${article.slug}`)}${isOriginal ? '' : `?level=${level}`}`,
                    name: isOriginal ? t('levelOriginal', { level }) : t('levelRewrite', { level }),
                  }))}
                />
              )}
              <ShowAllTranslations showLabel={t('showAllTranslations')} hideLabel={t('hideAllTranslations')} />
              <StudyBar slug={article.slug} level={article.level} locale={locale} />
            </div>
            {article.blocks.map((block) => (
              <TranslatedBlock key={block.id} id={block.id} kind={block.kind} translation={block.translation} labels={labels}>
                {renderBlock(block)}
              </TranslatedBlock>
            ))}
          </GlossedText>
        </TranslationProvider>
      </StudyProvider>
      {user && <ReadingTracker versionId={article.versionId} />}
    </article>
  );
}
