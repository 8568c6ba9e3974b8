import type { Organisation } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../components/ui/disclosure';
import { InvitationsList } from '../../../features/invitations/components/invitations-list';
import { InviteForm } from '../../../features/invitations/components/invite-form';
import { MembersList } from '../../../features/members/components/members-list';
import { AddMemberPanel } from './add-member-panel';

interface MembersSectionProps {
  regionId: string;
  regionName: string;
  organisations: Organisation[];
  /** The API lets the caller add and remove members. */
  canAdd: boolean;
  canCreateAccounts: boolean;
}

export function MembersSection({ regionId, regionName, organisations, canAdd, canCreateAccounts }: MembersSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="members-title" className="section">
      <h2 id="members-title">{t('members.title')}</h2>
      <MembersList regionId={regionId} regionName={regionName} canRemove={canAdd} />
      {canAdd && (
        <>
          <Disclosure label={t('invitations.formTitle')}>
            {() => <InviteForm regionId={regionId} organisations={organisations} />}
          </Disclosure>
          <Disclosure label={t('members.addTitle')}>
            {() => <AddMemberPanel regionId={regionId} organisations={organisations} canCreateAccounts={canCreateAccounts} />}
          </Disclosure>
          <h3 id="invitations-title">{t('invitations.title')}</h3>
          <InvitationsList regionId={regionId} />
        </>
      )}
    </section>
  );
}
