import type { SectionDetail } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../../components/ui/facts';
import { ApprovalStatus } from '../../../features/approvals/components/approval-state';
import { formatDateTime } from '../../../lib/display-names';

export function SectionFacts({ section }: { section: SectionDetail }) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(section.updatedAt, i18n.resolvedLanguage ?? 'en');
  return (
    <Facts
      facts={[
        { term: t('section.place'), value: t('section.placeValue', { position: section.position, count: section.count }) },
        { term: t('sections.theme'), value: t(`themes.${section.theme}`) },
        { term: t('approvals.title'), value: <ApprovalStatus summary={section.approval} /> },
        { term: t('section.revision'), value: t('section.revisionValue', { revision: section.revision, date }) },
        { term: t('board.openComments'), value: section.openComments },
      ]}
    />
  );
}
