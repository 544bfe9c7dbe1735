/** What the renderer may see of the service's answers: never a token, flow id or key. */
import type { KnownUser, LoginOk, PasswordStatus } from '../../../shared/api/schemas';
import type { KnownUserView, PasswordStatusView, UserView } from '../../../shared/bridge/contract';

export function userView(login: Pick<LoginOk, 'user'>): UserView {
  const { user } = login;
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    organisation: user.organisation.name,
  };
}

export function passwordView(status: PasswordStatus): PasswordStatusView {
  return { expiresAt: status.expiresAt, daysLeft: status.daysLeft, warning: status.warning };
}

export function knownUserView(user: KnownUser): KnownUserView {
  const view: KnownUserView = {
    username: user.username,
    displayName: user.displayName,
    methods: [...user.methods],
  };
  if (user.organisation !== undefined) view.organisation = user.organisation;
  return view;
}

/** Remembered users as the mode shows them: the last user first, at most `max`. */
export function rememberedUsers(
  users: KnownUserView[],
  lastUsername: string | undefined,
  max: number,
): KnownUserView[] {
  const last = lastUsername?.toLowerCase();
  const sorted = [...users].sort((a, b) => {
    const aLast = a.username.toLowerCase() === last ? 0 : 1;
    const bLast = b.username.toLowerCase() === last ? 0 : 1;
    return aLast - bLast || a.displayName.localeCompare(b.displayName);
  });
  return sorted.slice(0, max);
}
