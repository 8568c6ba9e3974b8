import type { Member } from '@belong/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { PagedList } from '../../../components/ui/paged-list';
import { Table } from '../../../components/ui/table';
import { errorMessage } from '../../../lib/error-message';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { MemberDetails } from './member-details';

export function MembersList({ regionId, regionName, canRemove }: { regionId: string; regionName: string; canRemove: boolean }) {
  const { t } = useTranslation();
  const members = useMembers(regionId);
  const remove = useRemoveMember(regionId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The removed row's button is gone with it; the focus goes back to the list rather than to the page's top.
  const listRef = useRef<HTMLDivElement>(null);

  const confirmRemoval = () => {
    if (!removing) return;
    const { name, userId } = removing;
    remove.mutate(userId, {
      onSuccess: () => {
        setFailure(null);
        setStatus(t('members.removed', { name, region: regionName }));
      },
      onError: (error) => {
        setFailure(errorMessage(t, error));
      },
      onSettled: () => {
        setRemoving(null);
        listRef.current?.focus();
      },
    });
  };

  return (
    <div ref={listRef} tabIndex={-1} className="focus-target">
      <StatusMessage message={status} />
      {failure && <Alert tone="error">{failure}</Alert>}
      <PagedList query={members} empty={t('members.empty')}>
        {(rows) => (
          <Table
            caption={t('members.tableCaption')}
            rows={rows}
            rowKey={(m) => m.userId}
            columns={[
              {
                header: t('members.person'),
                cell: (m) => (
                  <>
                    {m.name}
                    <br />
                    <span className="muted">{m.email}</span>
                  </>
                ),
              },
              { header: t('members.role'), cell: (m) => t(`roles.${m.role}`) },
              { header: t('members.details'), cell: (m) => <MemberDetails member={m} /> },
              ...(canRemove
                ? [
                    {
                      header: t('common.actions'),
                      cell: (m: Member) => (
                        <Button
                          variant="quiet"
                          aria-label={t('members.removeNamed', { name: m.name })}
                          onClick={() => {
                            setRemoving(m);
                          }}
                        >
                          {t('members.remove')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </PagedList>
      <ConfirmDialog
        open={removing !== null}
        title={t('members.confirmTitle')}
        message={t('members.confirmMessage', { name: removing?.name ?? '', region: regionName })}
        confirmLabel={t('members.confirm')}
        cancelLabel={t('common.cancel')}
        busy={remove.isPending}
        onConfirm={confirmRemoval}
        onCancel={() => {
          setRemoving(null);
        }}
      />
    </div>
  );
}
