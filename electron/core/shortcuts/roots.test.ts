import { describe, expect, it } from 'vitest';
import { defaultShortcutRoots, type RootsInput } from './roots';

function input(over: Partial<RootsInput>): RootsInput {
  return {
    platform: 'win32',
    env: {},
    home: 'C:\\Users\\anna',
    allUsers: false,
    listDirectories: () => [],
    readText: () => null,
    ...over,
  };
}

describe('defaultShortcutRoots on Windows', () => {
  const env = {
    SystemDrive: 'C:',
    PUBLIC: 'C:\\Users\\Public',
    ProgramData: 'C:\\ProgramData',
    USERPROFILE: 'C:\\Users\\anna',
  };
  const dirs: Record<string, string[]> = {
    'C:\\Users': ['anna', 'ville', 'Public', 'Default', 'All Users'],
    'C:\\Users\\anna': ['Desktop', 'OneDrive - Demo Clinic', 'AppData'],
    'C:\\Users\\ville': ['Desktop', 'OneDrive'],
  };
  const listDirectories = (d: string) => dirs[d] ?? [];

  it("covers the public desktop, the common start menu and the running user's folders", () => {
    expect(defaultShortcutRoots(input({ env, listDirectories }))).toEqual([
      'C:\\Users\\Public\\Desktop',
      'C:\\ProgramData\\Microsoft\\Windows\\Start Menu',
      'C:\\Users\\anna\\Desktop',
      'C:\\Users\\anna\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu',
      'C:\\Users\\anna\\Favorites',
      'C:\\Users\\anna\\AppData\\Roaming\\Microsoft\\Internet Explorer\\Quick Launch',
      'C:\\Users\\anna\\OneDrive - Demo Clinic\\Desktop',
    ]);
  });

  it("with --all-users, every person's profile and no built-in profile", () => {
    const roots = defaultShortcutRoots(input({ env, listDirectories, allUsers: true }));
    expect(roots).toContain('C:\\Users\\ville\\Desktop');
    expect(roots).toContain('C:\\Users\\ville\\OneDrive\\Desktop');
    expect(roots).toContain('C:\\Users\\anna\\Favorites');
    expect(roots.some((r) => /\\(Default|All Users)\\/.test(r))).toBe(false);
    expect(roots.filter((r) => r === 'C:\\Users\\Public\\Desktop')).toHaveLength(1);
  });
});

describe('defaultShortcutRoots on Linux', () => {
  it('reads the desktop folder from user-dirs.dirs (a Finnish desktop is ~/Työpöytä)', () => {
    const roots = defaultShortcutRoots(
      input({
        platform: 'linux',
        home: '/home/anna',
        readText: (f) =>
          f === '/home/anna/.config/user-dirs.dirs' ? 'XDG_DESKTOP_DIR="$HOME/Työpöytä"\n' : null,
      }),
    );
    expect(roots).toEqual([
      '/usr/share/applications',
      '/usr/local/share/applications',
      '/home/anna/Työpöytä',
      '/home/anna/Desktop',
      '/home/anna/.local/share/applications',
    ]);
  });

  it('with --all-users, every home folder', () => {
    const roots = defaultShortcutRoots(
      input({
        platform: 'linux',
        home: '/root',
        allUsers: true,
        listDirectories: (d) => (d === '/home' ? ['anna', 'ville'] : []),
      }),
    );
    expect(roots).toContain('/home/ville/Desktop');
    expect(roots).toContain('/home/anna/.local/share/applications');
    expect(new Set(roots).size).toBe(roots.length);
  });
});
