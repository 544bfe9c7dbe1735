/** Where a login starts (R5): the device's memory decides between tiles, step 2 and step 1. */
import { describe, expect, it } from 'vitest';
import type { KnownUserView } from '../../../shared/bridge/contract';
import { entryScreen } from './screens';

const anna: KnownUserView = {
  username: 'anna.agent',
  displayName: 'Anna Agent',
  methods: ['password'],
};
const sanna: KnownUserView = {
  username: 'sanna.sso',
  displayName: 'Sanna',
  methods: ['password', 'sso'],
  organisation: 'Demo Health',
};

describe('entryScreen', () => {
  it('goes to step 1 when the device knows nobody (new device, first login, keychain unavailable)', () => {
    expect(entryScreen([], 'workstation', undefined)).toEqual({ name: 'step1' });
    expect(entryScreen([], 'shared-terminal', 'anna.agent')).toEqual({ name: 'step1' });
  });

  it('workstation: straight to step 2 for the last user', () => {
    expect(entryScreen([anna, sanna], 'workstation', 'sanna.sso')).toEqual({
      name: 'step2',
      username: 'sanna.sso',
      displayName: 'Sanna',
      methods: ['password', 'sso'],
      organisation: 'Demo Health',
      known: true,
    });
    expect(entryScreen([anna], 'workstation', undefined)).toMatchObject({
      name: 'step2',
      username: 'anna.agent',
    });
  });

  it('workstation with several users and no last one, and every shared terminal: the tiles', () => {
    expect(entryScreen([anna, sanna], 'workstation', 'someone.gone')).toEqual({
      name: 'known-users',
    });
    expect(entryScreen([anna], 'shared-terminal', 'anna.agent')).toEqual({ name: 'known-users' });
  });
});
