import type { LoginMethod } from '../../../shared/api/schemas';
import type { KnownUserView, Mode, PasswordStatusView } from './types';

/** The screen state machine: one value, so no two screens can be "current" at once. */
export type Screen =
  | { name: 'starting' }
  | { name: 'start-failed' }
  | { name: 'no-bridge' }
  | { name: 'known-users' }
  | { name: 'step1' }
  | {
      name: 'step2';
      username: string;
      displayName?: string;
      methods: LoginMethod[];
      organisation?: string;
      /** Came from this device's memory (R5) rather than from step 1. */
      known: boolean;
    }
  | { name: 'sso-waiting'; username: string; organisation?: string }
  | { name: 'password-change'; forced: boolean; username: string; email?: string }
  | { name: 'password-changed'; password: PasswordStatusView }
  | { name: 'forgot-request'; username: string }
  | { name: 'forgot-reset'; username: string; email: string }
  | { name: 'forgot-done'; password: PasswordStatusView }
  | { name: 'signed-in' };

export type ScreenName = Screen['name'];

/** Where a login starts (R5): the device's known users skip step 1. */
export function entryScreen(
  knownUsers: KnownUserView[],
  mode: Mode,
  lastUsername: string | undefined,
): Screen {
  if (knownUsers.length === 0) return { name: 'step1' };
  if (mode === 'workstation') {
    const last =
      knownUsers.find((u) => u.username === lastUsername) ??
      (knownUsers.length === 1 ? knownUsers[0] : undefined);
    if (last) return knownStep2(last);
  }
  return { name: 'known-users' };
}

export function knownStep2(user: KnownUserView): Screen {
  return {
    name: 'step2',
    username: user.username,
    displayName: user.displayName,
    methods: user.methods,
    organisation: user.organisation,
    known: true,
  };
}
