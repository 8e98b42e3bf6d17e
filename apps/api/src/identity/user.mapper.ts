import type { UserEntity } from '@condivisa/db';
import type { User } from './user.model';

export function toUser(u: UserEntity): User {
  return { id: u.id, email: u.email, displayName: u.displayName, platformRole: u.platformRole as User['platformRole'] };
}
