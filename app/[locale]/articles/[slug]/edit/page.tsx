import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { saveCorrectionAction } from '@/actions/import';
import { localeHref } from '@/i18n/navigation';
import { getArticleForEditing, isOwnImport } from '@/server/import';
import { requireTeacher } from '@/server/session';

interface Props {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<{ translation?: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Editor'))('title') };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ locale, slug }, { translation }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireTeacher(locale, `/articles/${slug}/edit`);
  // Only the teacher who imported an article edits it; to anyone else it does not exist.
  if (!(await isOwnImport(user.id, slug))) notFound();
  const [article, t] = await Promise.all([getArticleForEditing(slug), getTranslations('Editor')]);
  if (!article) notFound();

  const words = article.blocks.flatMap((block) => block.words);
  const hidden = (name: string, value: string | number) => <input type="hidden" name={name} value={value} />;
  const origin = (value: string | null) => t(`origins.${(value ?? 'none') as 'none'}`);

  return (
    <div className="editor">
      <h1>{t('heading', { title: article.title })}</h1>
      <p className="lede">{t('intro')}</p>
      <p>
        {t('level', { level: article.level })} ·{' '}
        {t('levelReasons', {
          share: Math.round(article.estimate.reasons.shareAboveB1 * 1000) / 10,
          lexical: article.estimate.reasons.lexicalLevel,
          length: Math.round(article.estimate.reasons.meanSentenceLength * 10) / 10,
          syntactic: article.estimate.reasons.syntacticLevel,
        })}{' '}
        · <Link href={localeHref(locale, `/articles/${slug}`)}>{t('read')}</Link>
      </p>
      {translation === 'failed' && <p role="status" className="form-error">{t('translationFailed')}</p>}
      <ul className="editor-summary">
        <li>{t('needsGloss', { count: words.filter((word) => !word.gloss).length })}</li>
        <li>{t('derived', { count: words.filter((word) => word.origin === 'derived').length })}</li>
      </ul>

      {article.blocks.map((block) => (
        <section key={block.position} className="editor-block" aria-labelledby={`block-${block.position}`}>
          <h2 id={`block-${block.position}`}>{t('block', { position: block.position + 1, kind: block.kind })}</h2>
          <p lang="nl" className="editor-text">
            {block.text}
          </p>
          <form action={saveCorrectionAction} className="editor-translation">
            {hidden('locale', locale)}
            {hidden('slug', slug)}
            {hidden('blockPosition', block.position)}
            {hidden('tokenPosition', '')}
            <label>
              {t('translation')}
              <textarea name="translation" lang="en" rows={3} defaultValue={block.translation ?? ''} />
            </label>
            <button type="submit" className="button">
              {t('saveTranslation')}
            </button>
          </form>
          <table className="editor-words">
            <thead>
              <tr>
                <th scope="col">{t('word')}</th>
                <th scope="col">{t('lemma')}</th>
                <th scope="col">{t('gloss')}</th>
                <th scope="col">{t('origin')}</th>
              </tr>
            </thead>
            <tbody>
              {block.words.map((word) => {
                const formId = `word-${block.position}-${word.tokenPosition}`;
                return (
                  <tr key={word.tokenPosition} data-origin={word.origin ?? 'none'}>
                    <th scope="row" lang="nl">
                      {word.text}
                    </th>
                    <td>
                      <input form={formId} name="lemma" lang="nl" defaultValue={word.lemma ?? ''} aria-label={`${t('lemma')}: ${word.text}`} />
                    </td>
                    <td>
                      <input form={formId} name="gloss" lang="en" defaultValue={word.gloss ?? ''} aria-label={`${t('gloss')}: ${word.text}`} />
                    </td>
                    <td>
                      <form id={formId} action={saveCorrectionAction}>
                        {hidden('locale', locale)}
                        {hidden('slug', slug)}
                        {hidden('blockPosition', block.position)}
                        {hidden('tokenPosition', word.tokenPosition)}
                        <span className="origin">{origin(word.origin)}</span>{' '}
                        <button type="submit" className="button button-small" aria-label={`${t('save')}: ${word.text}`}>
                          {t('save')}
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
