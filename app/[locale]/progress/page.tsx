import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BarChart } from '@/components/study/bar-chart';
import { progress } from '@/server/progress';
import { requireUser } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Progress'))('title') };
}

export default async function ProgressPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, '/progress');
  const [data, t, quiz] = await Promise.all([progress(user.id), getTranslations('Progress'), getTranslations('Quiz')]);

  return (
    <section>
      <h1>{t('title')}</h1>
      <p data-testid="known-count">{t('knownNow', { count: data.known })}</p>
      <p data-testid="progress-due">{t('due', { count: data.due })}</p>

      <h2>{t('knownOverTime')}</h2>
      <BarChart
        label={t('knownOverTime')}
        columns={[t('day'), t('count')]}
        bars={data.knownOverTime.map((point) => ({ label: point.day, value: point.known, text: String(point.known) }))}
      />

      <h2>{t('answersPerDay')}</h2>
      <BarChart
        label={t('answersPerDay')}
        columns={[t('day'), t('count')]}
        bars={data.answersPerDay.map((point) => ({ label: point.day.slice(5), value: point.answers, text: String(point.answers) }))}
      />

      <h2>{t('accuracyByType')}</h2>
      {data.accuracyByType.length === 0 ? (
        <p>{t('noAnswers')}</p>
      ) : (
        <BarChart
          label={t('accuracyByType')}
          columns={[quiz('title'), '%']}
          max={1}
          bars={data.accuracyByType.map((row) => ({
            label: quiz(`types.${row.type as 'recall'}`),
            value: row.accuracy,
            text: t('accuracy', { percent: Math.round(row.accuracy * 100), count: row.answers }),
          }))}
        />
      )}
    </section>
  );
}
