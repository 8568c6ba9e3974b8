import type { Organisation } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { AddMemberForm } from '../../../features/members/components/add-member-form';
import type { UserSummary } from '../../../features/users/api/lookup-user';
import { FindPerson } from '../../../features/users/components/find-person';

interface AddMemberPanelProps {
  regionId: string;
  organisations: Organisation[];
  canCreateAccounts: boolean;
}

/** Adding a member in two steps: find the person by email (or create the account), then give them a role. */
export function AddMemberPanel({ regionId, organisations, canCreateAccounts }: AddMemberPanelProps) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<UserSummary | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // Back from the second step, the email field takes the focus that the gone form had.
  const [returned, setReturned] = useState(false);
  const back = (message: string | null) => {
    setPerson(null);
    setStatus(message);
    setReturned(true);
  };

  return (
    <>
      <StatusMessage message={status} />
      {person ? (
        <AddMemberForm
          regionId={regionId}
          person={person}
          organisations={organisations}
          onAdded={(member) => {
            back(t('members.added', { name: member.name, role: t(`roles.${member.role}`) }));
          }}
          onCancel={() => {
            back(null);
          }}
        />
      ) : (
        <FindPerson
          canCreateAccount={canCreateAccounts}
          autoFocus={returned}
          onFound={(found) => {
            setStatus(null);
            setPerson(found);
          }}
        />
      )}
    </>
  );
}
