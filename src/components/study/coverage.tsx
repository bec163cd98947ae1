import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ArticleCoverage } from '@/server/words';

const percent = (share: number) => Math.floor(share * 100);

/** On a library card: how much of each version the learner knows, and the version to read. */
export async function Coverage({ coverage, hrefOf }: { coverage: ArticleCoverage; hrefOf: (level: string) => string }) {
  const t = await getTranslations('Library');
  const suggested = coverage.versions.find((version) => version.level === coverage.suggested);
  return (
    <div className="coverage" data-testid="coverage">
      <p>
        {t('coverageLabel')}: {coverage.versions.map(({ level, coverage: share }) => t('coverageShort', { level, percent: percent(share) })).join(' · ')}
      </p>
      {suggested && (
        <p className="suggested">
          <Link href={hrefOf(suggested.level)}>{t('suggested', { level: suggested.level })}</Link> ({t('coverage', { percent: percent(suggested.coverage) })})
        </p>
      )}
    </div>
  );
}
