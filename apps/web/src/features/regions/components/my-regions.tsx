import type { Membership } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedList } from '../../../components/ui/paged-list';
import { useRegions } from '../api/get-regions';

/** The regions the signed-in person belongs to, with their role in each. */
export function MyRegions({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
  const regions = useRegions();
  return (
    <PagedList query={regions} empty={t('home.noRegions')}>
      {(items) => {
        const mine = memberships.flatMap((m) => {
          const region = items.find((r) => r.id === m.regionId);
          return region ? [{ region, role: m.role }] : [];
        });
        if (mine.length === 0) return <p>{t('home.noRegions')}</p>;
        return (
          <ul className="card-list">
            {mine.map(({ region, role }) => (
              <li key={region.id} className="card">
                <Link to={`/regions/${region.id}`}>{region.name}</Link>
                <span className="muted">{t(`roles.${role}`)}</span>
              </li>
            ))}
          </ul>
        );
      }}
    </PagedList>
  );
}
