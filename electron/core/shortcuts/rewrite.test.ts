import { describe, expect, it } from 'vitest';
import { rewriteShortcutText, shortcutKind } from './rewrite';

describe('rewriteShortcutText: Internet shortcuts (.url)', () => {
  it('rewrites URL= to aurorateleq.com with the same path, keeping BOM, CRLF and every other line', () => {
    const before =
      '\uFEFF[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\nURL=https://www.teleq.fi/login/step1?org=demo#top\r\nIconFile=https://www.teleq.fi/favicon.ico\r\nIconIndex=1\r\n';
    const { text, changes } = rewriteShortcutText('url', before);
    expect(text).toBe(
      before.replace(
        'URL=https://www.teleq.fi/login/step1?org=demo#top',
        'URL=https://aurorateleq.com/login/step1?org=demo#top',
      ),
    );
    expect(changes).toEqual([
      {
        line: 5,
        key: 'URL',
        from: 'https://www.teleq.fi/login/step1?org=demo#top',
        to: 'https://aurorateleq.com/login/step1?org=demo#top',
      },
    ]);
  });

  it.each([
    ['http://takaisinsoitto.fi/', 'https://aurorateleq.com/'],
    ['https://WWW.TAKAISINSOITTO.FI/Kirjaudu', 'https://aurorateleq.com/Kirjaudu'],
    ['https://teleq.fi./app', 'https://aurorateleq.com/app'],
    ['https://teleq.fi:8443/app', 'https://aurorateleq.com/app'],
  ])('takes %s to %s', (from, to) => {
    const { text } = rewriteShortcutText('url', `[InternetShortcut]\nURL=${from}\n`);
    expect(text).toBe(`[InternetShortcut]\nURL=${to}\n`);
  });

  it.each([
    'https://teleq.fi.example.net/login',
    'https://myteleq.fi/login',
    'https://teleq.fi@evil.example/login',
    'https://takaisinsoitto.fi.evil.example/',
    'https://aurorateleq.com/login',
    'ftp://teleq.fi/file',
  ])('leaves the look-alike or non-legacy %s alone', (url) => {
    const before = `[InternetShortcut]\r\nURL=${url}\r\n`;
    expect(rewriteShortcutText('url', before)).toEqual({ text: before, changes: [] });
  });

  it('changes only the URL key of the [InternetShortcut] section', () => {
    const before =
      '[Other]\nURL=https://teleq.fi/x\n[InternetShortcut]\nBASEURL=https://teleq.fi/y\n';
    expect(rewriteShortcutText('url', before).changes).toEqual([]);
  });
});

describe('rewriteShortcutText: desktop entries (.desktop)', () => {
  it('rewrites the address inside an Exec command and a Link URL, in every group', () => {
    const before = [
      '#!/usr/bin/env xdg-open',
      '# Old address: https://www.teleq.fi/ (kept as a comment)',
      '[Desktop Entry]',
      'Type=Application',
      'Name=teleQ',
      'Name[fi]=teleQ-kirjautuminen https://teleq.fi/',
      'Exec=xdg-open https://www.teleq.fi/login',
      'Icon=teleq',
      'Actions=App;',
      '',
      '[Desktop Action App]',
      'Exec=chromium --app="https://takaisinsoitto.fi/app?x=1" --class teleq %U',
      '',
    ].join('\n');
    const { text, changes } = rewriteShortcutText('desktop', before);
    expect(text).toBe(
      before
        .replace(
          'Exec=xdg-open https://www.teleq.fi/login',
          'Exec=xdg-open https://aurorateleq.com/login',
        )
        .replace('"https://takaisinsoitto.fi/app?x=1"', '"https://aurorateleq.com/app?x=1"'),
    );
    expect(changes.map((c) => [c.line, c.key])).toEqual([
      [7, 'Exec'],
      [12, 'Exec'],
    ]);
  });

  it('rewrites a Type=Link entry and keeps a missing final newline missing', () => {
    const before = '[Desktop Entry]\nType=Link\nName=teleQ\nURL=https://teleq.fi/app';
    expect(rewriteShortcutText('desktop', before).text).toBe(
      '[Desktop Entry]\nType=Link\nName=teleQ\nURL=https://aurorateleq.com/app',
    );
  });

  it('leaves an unrelated launcher alone', () => {
    const before =
      '[Desktop Entry]\nType=Application\nExec=firefox https://teleq.fi.example.net/\n';
    expect(rewriteShortcutText('desktop', before)).toEqual({ text: before, changes: [] });
  });
});

describe('shortcutKind', () => {
  it('knows .url, .desktop and .lnk in any case and nothing else', () => {
    expect(shortcutKind('teleQ.URL')).toBe('url');
    expect(shortcutKind('teleq.desktop')).toBe('desktop');
    expect(shortcutKind('teleq.url.bak')).toBeNull();
    expect(shortcutKind('teleq.LNK')).toBe('lnk');
    expect(shortcutKind('teleq.exe')).toBeNull();
  });
});
