import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { importArticleAction } from '@/actions/import';
import { ImportForm } from '@/components/import-form';
import { IMPORT_ERRORS } from '@/schemas/import';
import { requireTeacher } from '@/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Import'))('heading') };
}

export default async function ImportPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeacher(locale, '/import');
  const t = await getTranslations('Import');
  return (
    <div className="library">
      <h1>{t('heading')}</h1>
      <p className="lede">{t('intro')}</p>
      <ImportForm
        action={importArticleAction.bind(null, locale)}
        labels={{
          title: t('title'),
          source: t('source'),
          date: t('date'),
          text: t('text'),
          file: t('file'),
          submit: t('submit'),
          working: t('working'),
          errors: Object.fromEntries(IMPORT_ERRORS.map((code) => [code, t(`errors.${code}`)])),
        }}
      />
    </div>
  );
}
