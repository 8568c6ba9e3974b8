import type { Region } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../../components/ui/facts';
import { regionText } from './region-text';

export function RegionFacts({ region }: { region: Region }) {
  const { t, i18n } = useTranslation();
  const { country, languages } = regionText(region, i18n.resolvedLanguage ?? 'en');
  return (
    <Facts
      facts={[
        { term: t('regions.country'), value: country },
        { term: t('regions.nuts'), value: region.nuts },
        { term: t('regions.languages'), value: languages },
        { term: t('regions.authority'), value: region.authority },
      ]}
    />
  );
}
