import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QuizRunner } from '@/components/study/quiz-runner';
import { localeHref } from '@/i18n/navigation';
import { QUESTION_TYPES } from '@/quiz/questions';
import { getQuiz } from '@/server/quizzes';
import { currentUser } from '@/server/session';

interface Props {
  params: Promise<{ locale: Locale; id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Quiz'))('title') };
}

export default async function QuizPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) redirect(`${localeHref(locale, '/sign-in')}?next=${encodeURIComponent(localeHref(locale, `/quiz/${id}`))}`);
  const [quiz, t] = await Promise.all([getQuiz(user.id, id), getTranslations('Quiz')]);
  if (!quiz) notFound();

  const ask = { 'nl-en': t('askNlEn'), 'en-nl': t('askEnNl'), cloze: t('askCloze'), gender: t('askGender'), recall: t('askRecall') };
  return (
    <section className="narrow">
      <h1>{quiz.source === 'article' ? t('titleArticle', { level: quiz.level ?? '' }) : t('titleReview')}</h1>
      <QuizRunner
        initial={quiz}
        reviewHref={localeHref(locale, '/review')}
        articleHref={quiz.slug ? `${localeHref(locale, `/articles/${quiz.slug}`)}?level=${quiz.level}` : null}
        labels={{
          progress: t('progress', { current: '{current}', total: '{total}' }),
          types: Object.fromEntries(QUESTION_TYPES.map((type) => [type, t(`types.${type}`)])),
          ask,
          hint: t('hint', { gloss: '{gloss}' }),
          orType: t('orType'),
          yourAnswer: t('yourAnswer'),
          check: t('check'),
          correct: t('correct'),
          wrong: t('wrong'),
          typo: t('typo', { answer: '{answer}' }),
          answerWas: t('answerWas', { answer: '' }),
          youAnswered: t('youAnswered', { response: '{response}' }),
          context: t('context'),
          next: t('next'),
          finish: t('finish'),
          saving: t('saving'),
          retrying: t('retrying'),
          failed: t('failed'),
          resultTitle: t('resultTitle'),
          score: t('score', { correct: '{correct}', total: '{total}' }),
          reviewLink: t('reviewLink'),
          backToArticle: t('backToArticle'),
        }}
      />
    </section>
  );
}
