import type { StrategyDetail, StrategySection } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Table, type Column } from '../../../components/ui/table';
import { ApprovalStatus } from '../../../features/approvals/components/approval-state';
import { useUpdateSection } from '../../../features/sections/api/update-section';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';

type Direction = 'up' | 'down';

/** Every section at a glance: its place, theme, approval state and progress, open comments; coordinators reorder here. */
export function SectionsBoard({ strategy, canReorder }: { strategy: StrategyDetail; canReorder: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateSection();
  const { sections } = strategy;
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The moved row's button keeps the focus; at the top or bottom, its other button. The new order is in when
  // the move succeeds (the mutation waits for the strategy to be read again), so with the status message.
  const focusAfterRender = useFocusAfterRender();
  const focusMoved = (id: string, direction: Direction) =>
    focusAfterRender(() =>
      (
        document.getElementById(`move-${direction}-${id}`) ?? document.getElementById(`move-${direction === 'up' ? 'down' : 'up'}-${id}`)
      )?.focus(),
    );

  const move = (section: StrategySection, direction: Direction) => {
    setFailure(null);
    update.mutate(
      { sectionId: section.id, revision: section.revision, body: { position: section.position + (direction === 'up' ? -1 : 1) } },
      {
        onSuccess: (moved) => {
          setStatus(t('board.moved', { heading: moved.heading, position: moved.position, count: sections.length }));
          focusMoved(moved.id, direction);
        },
        onError: (error) => {
          setFailure(errorMessage(t, error));
        },
      },
    );
  };

  const moveButton = (section: StrategySection, direction: Direction) => (
    <Button
      id={`move-${direction}-${section.id}`}
      variant="secondary"
      className="button--small"
      aria-label={t(direction === 'up' ? 'board.moveUpNamed' : 'board.moveDownNamed', { heading: section.heading })}
      busy={update.isPending}
      onClick={() => {
        move(section, direction);
      }}
    >
      {t(direction === 'up' ? 'board.moveUp' : 'board.moveDown')}
    </Button>
  );

  const columns: Column<StrategySection>[] = [
    { header: t('board.position'), cell: (s) => s.position },
    {
      header: t('board.section'),
      cell: (s) => (
        <Link to={`/sections/${s.id}`} lang={s.translation?.language ?? strategy.language}>
          {s.heading}
        </Link>
      ),
    },
    { header: t('sections.theme'), cell: (s) => t(`themes.${s.theme}`) },
    { header: t('board.approval'), cell: (s) => <ApprovalStatus summary={s.approval} /> },
    { header: t('board.openComments'), cell: (s) => s.openComments },
  ];
  if (canReorder) {
    columns.push({
      header: t('board.order'),
      cell: (s) => (
        <div className="actions actions--tight">
          {s.position > 1 && moveButton(s, 'up')}
          {s.position < sections.length && moveButton(s, 'down')}
        </div>
      ),
    });
  }

  return (
    <>
      <StatusMessage message={status} />
      {failure && <Alert tone="error">{failure}</Alert>}
      {sections.length > 0 ? (
        <Table caption={t('board.caption')} rows={sections} rowKey={(s) => s.id} columns={columns} />
      ) : (
        <p>{t('board.empty')}</p>
      )}
    </>
  );
}
