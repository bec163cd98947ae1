import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { StartQuizButton } from '@/components/study/start-quiz-button';
import { reviewSchedule } from '@/server/progress';
import { openQuizzes } from '@/server/quizzes';
import Link from 'next/link';
import { localeHref } from '@/i18n/navigation';
import { requireUser } from '@/server/session';
import { savedWords } from '@/server/words';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Review'))('title') };
}

export default async function ReviewPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, '/review');
  const now = new Date();
  const [schedule, saved, open, t, study, format] = await Promise.all([
    reviewSchedule(user.id, now),
    savedWords(user.id),
    openQuizzes(user.id),
    getTranslations('Review'),
    getTranslations('Study'),
    getFormatter(),
  ]);
  const hasWords = schedule.words.length > 0 || saved.length > 0;

  return (
    <section>
      <h1>{t('title')}</h1>
      <p className="due-count" data-testid="due-count">
        {t('dueNow', { count: schedule.due })}
      </p>
      {hasWords ? (
        <p>
          <StartQuizButton label={t('start')} failed={study('failed')} body={{ source: 'review' }} locale={locale} />
        </p>
      ) : (
        <p>{t('noWords')}</p>
      )}
      {open.length > 0 && (
        <>
          <h2>{t('unfinished')}</h2>
          <ul data-testid="open-quizzes">
            {open.map((quiz) => (
              <li key={quiz.id}>
                <Link href={localeHref(locale, `/quiz/${quiz.id}`)}>
                  {quiz.slug ? t('resumeArticle', { level: quiz.level ?? '' }) : t('resumeReview')}
                </Link>{' '}
                <span className="muted">{t('answered', { answered: quiz.answered, total: quiz.total })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {schedule.words.length > 0 && (
        <>
          <h2>{t('schedule')}</h2>
          <table className="data-table" data-testid="schedule">
            <thead>
              <tr>
                <th scope="col">{t('word')}</th>
                <th scope="col">{t('meaning')}</th>
                <th scope="col">{t('due')}</th>
                <th scope="col">{t('reps')}</th>
              </tr>
            </thead>
            <tbody>
              {schedule.words.map((word) => (
                <tr key={word.lexemeId}>
                  <td lang="nl">{word.lemma}</td>
                  <td lang="en">{word.gloss}</td>
                  <td>
                    <time dateTime={word.due.toISOString()}>
                      {word.due <= now ? t('dueNowLabel') : format.relativeTime(word.due, now)}
                    </time>
                  </td>
                  <td>{word.reps}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {saved.length > 0 && (
        <>
          <h2>{t('saved')}</h2>
          <ul className="saved-words" data-testid="saved-words">
            {saved.map((word) => (
              <li key={word.lexemeId}>
                <strong lang="nl">
                  {word.gender && word.pos === 'NOUN' ? `${word.gender} ` : ''}
                  {word.lemma}
                </strong>{' '}
                <span lang="en">{word.gloss}</span>
                <br />
                <span className="muted">{t('metIn')}</span> <q lang="nl">{word.sentence}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
