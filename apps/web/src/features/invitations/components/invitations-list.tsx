import type { Invitation } from '@belong/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PagedList } from '../../../components/ui/paged-list';
import { Table } from '../../../components/ui/table';
import { errorMessage } from '../../../lib/error-message';
import { useInvitations } from '../api/get-invitations';
import { useManageInvitation } from '../api/manage-invitation';

const open = (i: Invitation) => i.status === 'pending' || i.status === 'expired';

/** The region's invitations, newest first; an open one can be sent again (a new link) or withdrawn. */
export function InvitationsList({ regionId }: { regionId: string }) {
  const { t, i18n } = useTranslation();
  const invitations = useInvitations(regionId);
  const { resend, revoke } = useManageInvitation(regionId);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The row's buttons go when the invitation closes: the focus goes back to the list.
  const listRef = useRef<HTMLDivElement>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  const act = (mutation: typeof resend | typeof revoke, invitation: Invitation, done: string) => {
    mutation.mutate(invitation.id, {
      onSuccess: () => {
        setFailure(null);
        setStatus(done);
      },
      onError: (error) => {
        setFailure(errorMessage(t, error));
      },
      onSettled: () => {
        listRef.current?.focus();
      },
    });
  };

  return (
    <div ref={listRef} tabIndex={-1} className="focus-target">
      <StatusMessage message={status} />
      {failure && <Alert tone="error">{failure}</Alert>}
      <PagedList query={invitations} empty={t('invitations.empty')}>
        {(rows) => (
          <Table
            caption={t('invitations.tableCaption')}
            rows={rows}
            rowKey={(i) => i.id}
            columns={[
              { header: t('invitations.email'), cell: (i) => i.email },
              {
                header: t('members.role'),
                cell: (i) =>
                  i.organisationName
                    ? t('invitations.roleFor', { role: t(`roles.${i.role}`), organisation: i.organisationName })
                    : t(`roles.${i.role}`),
              },
              { header: t('invitations.status'), cell: (i) => t(`invitations.statuses.${i.status}`) },
              { header: t('invitations.sentOn'), cell: (i) => date.format(new Date(i.sentAt)) },
              {
                header: t('common.actions'),
                cell: (i) =>
                  open(i) ? (
                    <div className="actions actions--tight">
                      <Button
                        variant="quiet"
                        aria-label={t('invitations.resendTo', { email: i.email })}
                        onClick={() => {
                          act(resend, i, t('invitations.resent', { email: i.email }));
                        }}
                      >
                        {t('invitations.resend')}
                      </Button>
                      <Button
                        variant="quiet"
                        aria-label={t('invitations.revokeFor', { email: i.email })}
                        onClick={() => {
                          act(revoke, i, t('invitations.revoked', { email: i.email }));
                        }}
                      >
                        {t('invitations.revoke')}
                      </Button>
                    </div>
                  ) : null,
              },
            ]}
          />
        )}
      </PagedList>
    </div>
  );
}
