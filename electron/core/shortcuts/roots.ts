/**
 * The usual places of desktop and start-menu shortcuts (R12), per platform. Pure: the caller
 * gives the environment and a way to list folders, so tests can point it anywhere.
 */
import { posix, win32 } from 'node:path';

export interface RootsInput {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The running user's home folder. */
  home: string;
  /** Every user's folders too (needs administrator or root rights). */
  allUsers: boolean;
  /** Names of the subfolders of a folder; [] when it cannot be read. */
  listDirectories(dir: string): string[];
  /** A small text file's content, or null. */
  readText(file: string): string | null;
}

const WINDOWS_NOT_PEOPLE = new Set([
  'public',
  'default',
  'default user',
  'all users',
  'defaultapppool',
]);

function windowsUserRoots(profile: string, input: RootsInput): string[] {
  const j = win32.join;
  const roots = [
    j(profile, 'Desktop'),
    j(profile, 'AppData', 'Roaming', 'Microsoft', 'Windows', 'Start Menu'),
    j(profile, 'Favorites'),
    // Taskbar pins are .lnk files here.
    j(profile, 'AppData', 'Roaming', 'Microsoft', 'Internet Explorer', 'Quick Launch'),
  ];
  // A desktop redirected to OneDrive (personal or the organisation's) lives beside the profile.
  for (const name of input.listDirectories(profile)) {
    if (/^onedrive( - |$)/i.test(name)) roots.push(j(profile, name, 'Desktop'));
  }
  return roots;
}

function windowsRoots(input: RootsInput): string[] {
  const { env } = input;
  const j = win32.join;
  const systemDrive = env.SystemDrive ?? 'C:';
  const programData =
    env.ProgramData ?? env.ALLUSERSPROFILE ?? j(`${systemDrive}\\`, 'ProgramData');
  const publicDir = env.PUBLIC ?? j(`${systemDrive}\\`, 'Users', 'Public');
  const roots = [j(publicDir, 'Desktop'), j(programData, 'Microsoft', 'Windows', 'Start Menu')];
  if (input.allUsers) {
    const usersDir = win32.dirname(publicDir);
    for (const name of input.listDirectories(usersDir)) {
      if (!WINDOWS_NOT_PEOPLE.has(name.toLowerCase())) {
        roots.push(...windowsUserRoots(j(usersDir, name), input));
      }
    }
  } else {
    roots.push(...windowsUserRoots(env.USERPROFILE ?? input.home, input));
  }
  return roots;
}

/** XDG_DESKTOP_DIR from ~/.config/user-dirs.dirs: Finnish desktops are often ~/Työpöytä. */
function xdgDesktop(home: string, input: RootsInput, configHome: string): string {
  const text = input.readText(posix.join(configHome, 'user-dirs.dirs'));
  const match = text && /^XDG_DESKTOP_DIR="([^"]+)"/m.exec(text);
  if (match) return match[1]!.replace(/^\$HOME/, home);
  return posix.join(home, 'Desktop');
}

function linuxUserRoots(home: string, input: RootsInput, own: boolean): string[] {
  const env = own ? input.env : {};
  const configHome = env.XDG_CONFIG_HOME ?? posix.join(home, '.config');
  const dataHome = env.XDG_DATA_HOME ?? posix.join(home, '.local', 'share');
  const desktop =
    own && env.XDG_DESKTOP_DIR ? env.XDG_DESKTOP_DIR : xdgDesktop(home, input, configHome);
  return [...new Set([desktop, posix.join(home, 'Desktop'), posix.join(dataHome, 'applications')])];
}

function linuxRoots(input: RootsInput): string[] {
  const roots = ['/usr/share/applications', '/usr/local/share/applications'];
  if (input.allUsers) {
    for (const name of input.listDirectories('/home')) {
      roots.push(...linuxUserRoots(posix.join('/home', name), input, false));
    }
    roots.push(...linuxUserRoots('/root', input, false));
  }
  roots.push(...linuxUserRoots(input.home, input, true));
  return [...new Set(roots)];
}

export function defaultShortcutRoots(input: RootsInput): string[] {
  return input.platform === 'win32' ? windowsRoots(input) : linuxRoots(input);
}
