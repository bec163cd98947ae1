import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionButton, AssignmentForm, HardWordsQuizForm } from '@/components/teaching/forms';
import { HardWords } from '@/components/teaching/hard-words';
import { localeHref } from '@/i18n/navigation';
import { listArticles } from '@/server/articles';
import { NotFoundError } from '@/server/errors';
import { requireTeacher } from '@/server/session';
import { classForTeacher, hardWords } from '@/server/teaching';
import { formatJoinCode } from '@/teaching/join-code';

interface Props {
  params: Promise<{ locale: Locale; classId: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Teach'))('title') };
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export default async function ClassPage({ params }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const user = await requireTeacher(locale, `/teach/${classId}`);
  const found = await Promise.all([classForTeacher(user, classId), hardWords(user, classId)]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [item, words] = found;
  const [t, format, articles, requestHeaders] = await Promise.all([getTranslations('Teach'), getFormatter(), listArticles(user.id), headers()]);
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('host')}`;
  const joinLink = `${origin}${localeHref(locale, '/join')}?code=${formatJoinCode(item.joinCode)}`;
  const defaultDue = new Date(Date.now() + WEEK_MS).toISOString().slice(0, 10);
  const failed = t('failed');

  return (
    <section>
      <p className="back">
        <Link href={localeHref(locale, '/teach')}>← {t('title')}</Link>
      </p>
      <h1>{item.name}</h1>
      <dl className="join-details">
        <dt>{t('joinCode')}</dt>
        <dd>
          <code data-testid="join-code">{formatJoinCode(item.joinCode)}</code>{' '}
          <ActionButton action={`/api/classes/${item.id}/code`} label={t('rotate')} failed={failed} confirm={t('rotateConfirm')} />
        </dd>
        <dt>{t('joinLink')}</dt>
        <dd>
          <code>{joinLink}</code>
        </dd>
      </dl>

      <h2>{t('students')}</h2>
      {item.members.length === 0 ? (
        <p>{t('noStudents')}</p>
      ) : (
        <table className="data-table" data-testid="students">
          <thead>
            <tr>
              <th scope="col">{t('student')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('joined')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {item.members.map(({ user: student, joinedAt }) => (
              <tr key={student.id}>
                <th scope="row">{student.name}</th>
                <td>{student.email}</td>
                <td>{format.dateTime(joinedAt, { dateStyle: 'medium' })}</td>
                <td>
                  <ActionButton
                    action={`/api/classes/${item.id}/members/${student.id}`}
                    method="DELETE"
                    label={t('remove')}
                    failed={failed}
                    confirm={t('removeConfirm')}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('assignments')}</h2>
      {item.assignments.length === 0 ? (
        <p>{t('noAssignments')}</p>
      ) : (
        <ul className="assignment-list" data-testid="assignments">
          {item.assignments.map((assignment) => (
            <li key={assignment.id}>
              <Link href={localeHref(locale, `/teach/assignments/${assignment.id}`)}>
                {assignment.kind === 'words' ? `${t('wordsAssignment')}: ${assignment.title}` : `${assignment.article?.title} (${assignment.level})`}
              </Link>{' '}
              <span className="muted">
                · {t('dueOn', { date: format.dateTime(assignment.dueAt, { dateStyle: 'medium' }) })}
                {assignment.quizRequired &&
                  ` · ${assignment.minScore !== null ? t('withQuiz', { score: assignment.minScore }) : t('withQuizNoMin')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('newAssignment')}</h3>
      <AssignmentForm
        classId={item.id}
        defaultDue={defaultDue}
        versions={articles.flatMap((article) => article.levels.map((level) => ({ value: `${article.slug}|${level}`, label: `${article.title} — ${level}` })))}
        labels={{
          article: t('article'),
          due: t('due'),
          instructions: t('instructions'),
          quizRequired: t('quizRequired'),
          minScore: t('minScore'),
          submit: t('assign'),
          failed,
        }}
      />

      <h2>{t('hardWords')}</h2>
      <HardWords
        classId={item.id}
        initial={words}
        labels={{ noHardWords: t('noHardWords'), word: t('word'), meaning: t('meaning'), lookedUp: t('lookedUp'), missed: t('missed') }}
      />
      {words.length > 0 && (
        <>
          <h3>{t('makeQuiz')}</h3>
          <HardWordsQuizForm
            classId={item.id}
            defaultDue={defaultDue}
            labels={{ title: t('quizTitle'), defaultTitle: t('quizTitleDefault'), due: t('due'), submit: t('makeQuiz'), failed }}
          />
        </>
      )}
    </section>
  );
}
