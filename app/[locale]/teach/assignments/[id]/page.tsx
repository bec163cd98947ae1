import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getFormatter, getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressTable } from '@/components/teaching/progress-table';
import { localeHref } from '@/i18n/navigation';
import { NotFoundError } from '@/server/errors';
import { requireTeacher } from '@/server/session';
import { assignmentProgress } from '@/server/teaching';

interface Props {
  params: Promise<{ locale: Locale; id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Teach'))('assignments') };
}

export default async function AssignmentPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireTeacher(locale, `/teach/assignments/${id}`);
  const progress = await assignmentProgress(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, format, messages] = await Promise.all([getTranslations('Teach'), getFormatter(), getMessages()]);
  const { assignment, students } = progress;
  const title = assignment.kind === 'words' ? `${t('wordsAssignment')}: ${assignment.title}` : `${assignment.title} (${assignment.level})`;

  return (
    <section>
      <p className="back">
        <Link href={localeHref(locale, `/teach/${assignment.classId}`)}>← {t('backToClass', { name: assignment.className })}</Link>
      </p>
      <h1>{t('progressTitle', { title })}</h1>
      <p className="muted">
        {t('dueOn', { date: format.dateTime(new Date(assignment.dueAt), { dateStyle: 'medium' }) })}
        {assignment.quizRequired && ` · ${assignment.minScore !== null ? t('withQuiz', { score: assignment.minScore }) : t('withQuizNoMin')}`}
      </p>
      {assignment.instructions && <p className="instructions">{assignment.instructions}</p>}
      <ProgressTable assignmentId={assignment.id} initial={students} labels={messages.Teach as Record<string, string>} />
      <p>
        <a href={`/api/assignments/${assignment.id}/results`} download>
          {t('csv')}
        </a>
      </p>
    </section>
  );
}
