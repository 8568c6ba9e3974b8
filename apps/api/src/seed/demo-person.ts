import type { DataSource } from 'typeorm';
import type { AuthUser } from '../infra/auth/auth-user';
import { MembershipEntity } from '../modules/members/membership.entity';
import { toMembership } from '../modules/members/member.mapper';
import { UserEntity } from '../modules/users/user.entity';

/** A demo person as a caller of the services, so that the demo data obeys every rule and fills the audit log. */
export function demoCaller(db: DataSource): (email: string) => Promise<AuthUser> {
  return async (email) => {
    const user = await db.getRepository(UserEntity).findOneByOrFail({ email });
    const memberships = await db.getRepository(MembershipEntity).find({ where: { userId: user.id } });
    return {
      userId: user.id,
      email,
      name: user.name,
      locale: user.locale,
      isAdmin: false,
      memberships: memberships.map(toMembership),
      sessionId: 'seed',
      via: 'bearer',
      token: 'seed',
    };
  };
}
