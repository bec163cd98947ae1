import Link from 'next/link';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeHref } from '@/i18n/navigation';
import type { LearnerAssignment } from '@/server/teaching';
import { StartQuizButton } from '../study/start-quiz-button';

/** A learner's assignments on their home page: soonest due first, each with its status and next step. */
export async function LearnerAssignments({ assignments, locale }: { assignments: LearnerAssignment[]; locale: Locale }) {
  const [t, teach, format] = await Promise.all([getTranslations('Assignments'), getTranslations('Teach'), getFormatter()]);
  return (
    <section className="learner-assignments" aria-labelledby="assignments-title">
      <h2 id="assignments-title">{t('title')}</h2>
      {assignments.length > 0 && (
        <ol className="assignment-list" data-testid="learner-assignments">
          {assignments.map((assignment) => (
            <li key={assignment.id} data-status={assignment.status}>
              <strong>{assignment.kind === 'words' ? `${teach('wordsAssignment')}: ${assignment.title}` : assignment.title}</strong>{' '}
              {assignment.level && <span className="muted">({assignment.level})</span>}{' '}
              <span className={`status status-${assignment.status}`}>{t(`status-${assignment.status}`)}</span>
              <br />
              <span className="muted">
                {assignment.className} · {t('due', { date: format.dateTime(assignment.dueAt, { dateStyle: 'medium' }) })}
                {assignment.quizRequired && assignment.minScore !== null && ` · ${t('minScore', { score: assignment.minScore })}`}
                {assignment.bestScore !== null && ` · ${t('best', { score: Math.round(assignment.bestScore * 100) })}`}
              </span>
              {assignment.instructions && <p className="instructions">{assignment.instructions}</p>}
              <p className="assignment-actions">
                {assignment.slug && (
                  <Link href={`${localeHref(locale, `/articles/${assignment.slug}`)}?level=${assignment.level}`}>{t('read')}</Link>
                )}{' '}
                {assignment.quizRequired && (
                  <StartQuizButton label={t('quiz')} failed={teach('failed')} body={{ source: 'assignment', assignmentId: assignment.id }} locale={locale} />
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link href={localeHref(locale, '/join')}>{t('joinLink')}</Link>
      </p>
    </section>
  );
}
