import type { Metadata } from 'next';
import Link from 'next/link';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewClassForm } from '@/components/teaching/forms';
import { localeHref } from '@/i18n/navigation';
import { requireTeacher } from '@/server/session';
import { teacherClasses } from '@/server/teaching';
import { formatJoinCode } from '@/teaching/join-code';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Teach'))('title') };
}

export default async function TeachPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireTeacher(locale, '/teach');
  const [classes, t] = await Promise.all([teacherClasses(user), getTranslations('Teach')]);
  return (
    <section>
      <h1>{t('title')}</h1>
      {classes.length === 0 ? (
        <p>{t('noClasses')}</p>
      ) : (
        <ul className="class-list">
          {classes.map((item) => (
            <li key={item.id}>
              <Link href={localeHref(locale, `/teach/${item.id}`)}>{item.name}</Link>{' '}
              <span className="muted">
                · {t('joinCode')} <code>{formatJoinCode(item.joinCode)}</code> · {t('students')}: {item._count.members} · {t('assignments')}:{' '}
                {item._count.assignments}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('newClass')}</h2>
      <NewClassForm locale={locale} labels={{ name: t('className'), submit: t('create'), failed: t('failed') }} />
      <p>
        <Link href={localeHref(locale, '/import')}>{t('importLink')}</Link>
      </p>
    </section>
  );
}
