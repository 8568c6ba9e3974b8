import type { INestApplication } from '@nestjs/common';
import type { AuthUser } from '../infra/auth/auth-user';
import { MembersService } from '../modules/members/members.service';
import { UsersService } from '../modules/users/users.service';

/** A demo person as a caller of the services, so that the demo data obeys every rule and fills the audit log. */
export function demoCaller(app: INestApplication): (email: string) => Promise<AuthUser> {
  return async (email) => {
    const user = await app.get(UsersService).findByEmail(email);
    if (!user) throw new Error(`The demo data names an unknown person: ${email}`);
    return {
      userId: user.id,
      email,
      name: user.name,
      locale: user.locale,
      isAdmin: false,
      memberships: await app.get(MembersService).of(user.id),
      sessionId: 'seed',
      via: 'bearer',
      token: 'seed',
    };
  };
}
