import type { Region } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { regionText } from './region-text';

export function RegionFacts({ region }: { region: Region }) {
  const { t, i18n } = useTranslation();
  const { country, languages } = regionText(region, i18n.resolvedLanguage ?? 'en');
  const facts = [
    { term: t('regions.country'), value: country },
    { term: t('regions.nuts'), value: region.nuts },
    { term: t('regions.languages'), value: languages },
    { term: t('regions.authority'), value: region.authority },
  ];
  return (
    <dl className="facts">
      {facts.map(({ term, value }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
