import type { Member } from '@belong/contracts';
import { useTranslation } from 'react-i18next';

/** What goes with the role: a stakeholder's organisation (and whether they sign for it), an official's department. */
export function MemberDetails({ member }: { member: Member }) {
  const { t } = useTranslation();
  if (member.organisationName) {
    return (
      <>
        {member.organisationName}
        {member.signatory && (
          <>
            <br />
            <span className="muted">{t('members.signatory')}</span>
          </>
        )}
      </>
    );
  }
  if (member.department) return <>{member.department}</>;
  return <span className="muted">{t('common.none')}</span>;
}
