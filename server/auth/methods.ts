/** The step-2 methods a user may choose (R4): password always, SSO where the organisation has it. */
import type { LoginMethod } from '../../shared/api/schemas';
import type { ServiceContext } from '../context';
import type { UserRow } from '../users';

export function methodsFor(ctx: ServiceContext, user: UserRow | null): LoginMethod[] {
  return user && ctx.ssoAvailable(user.organisation_id) ? ['password', 'sso'] : ['password'];
}
