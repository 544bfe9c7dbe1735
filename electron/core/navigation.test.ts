import { describe, expect, it } from 'vitest';
import { decideNavigation, type NavigationConfig } from './navigation';
import type { NavigationKind } from './ports';

const workstation: NavigationConfig = {
  serverUrl: 'https://aurorateleq.com',
  allowedOrigins: ['https://video.aurora-partner.example'],
  externalLinks: 'system-browser',
};
const terminal: NavigationConfig = { ...workstation, externalLinks: 'block' };

type Row = [url: string, kind: NavigationKind, expected: ReturnType<typeof decideNavigation>];

describe('navigation policy: friendly URLs', () => {
  it.each<Row>([
    ['https://aurorateleq.com/app', 'main-frame', { kind: 'allow' }],
    ['https://AuroraTeleQ.com./app?x=1#y', 'main-frame', { kind: 'allow' }],
    ['https://aurorateleq.com:443/callback', 'redirect', { kind: 'allow' }],
    ['https://aurorateleq.com/chat/widget', 'sub-frame', { kind: 'allow' }],
    ['about:blank', 'sub-frame', { kind: 'allow' }],
    ['https://video.aurora-partner.example/room/1', 'sub-frame', { kind: 'allow' }],
    [
      'https://aurorateleq.com/video/42',
      'window-open',
      { kind: 'child-window', url: 'https://aurorateleq.com/video/42' },
    ],
    [
      'https://www.kela.fi/ohjeet',
      'main-frame',
      { kind: 'external', url: 'https://www.kela.fi/ohjeet' },
    ],
    [
      'https://www.kela.fi/ohjeet',
      'window-open',
      { kind: 'external', url: 'https://www.kela.fi/ohjeet' },
    ],
  ])('%s (%s)', (url, kind, expected) => {
    expect(decideNavigation(url, kind, workstation)).toEqual(expected);
  });
});

describe('navigation policy: legacy hosts are rewritten to the configured server (R2)', () => {
  it.each<[string, string]>([
    ['https://www.takaisinsoitto.fi/app/queue?id=3', 'https://aurorateleq.com/app/queue?id=3'],
    ['http://takaisinsoitto.fi/', 'https://aurorateleq.com/'],
    ['https://TELEQ.FI/reports', 'https://aurorateleq.com/reports'],
    ['https://www.teleq.fi.:8443/x#frag', 'https://aurorateleq.com/x#frag'],
    ['https://WWW.TeleQ.Fi/', 'https://aurorateleq.com/'],
  ])('%s → %s', (from, to) => {
    expect(decideNavigation(from, 'main-frame', workstation)).toEqual({
      kind: 'rewrite',
      from,
      to,
    });
    expect(decideNavigation(from, 'redirect', terminal)).toEqual({ kind: 'rewrite', from, to });
    expect(decideNavigation(from, 'window-open', terminal)).toEqual({
      kind: 'child-window',
      url: to,
    });
  });

  it('rewrites to a development server on loopback, keeping the path', () => {
    const dev = { ...workstation, serverUrl: 'http://127.0.0.1:8470' };
    expect(decideNavigation('https://teleq.fi/app', 'main-frame', dev)).toEqual({
      kind: 'rewrite',
      from: 'https://teleq.fi/app',
      to: 'http://127.0.0.1:8470/app',
    });
  });
});

describe('navigation policy: hostile URLs', () => {
  it.each<[string, NavigationKind, string]>([
    ['javascript:alert(document.cookie)', 'main-frame', 'scheme'],
    ['JavaScript:alert(1)', 'window-open', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'main-frame', 'scheme'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'sub-frame', 'scheme'],
    ['file:///C:/Windows/System32/cmd.exe', 'main-frame', 'scheme'],
    ['file:///etc/passwd', 'window-open', 'scheme'],
    ['blob:https://aurorateleq.com/3f0e8c1a-1111-2222-3333-444455556666', 'main-frame', 'scheme'],
    ['chrome://settings', 'main-frame', 'scheme'],
    ['ms-msdt:/id PCWDiagnostic', 'window-open', 'scheme'],
    ['about:blank', 'main-frame', 'scheme'],
    ['https://aurorateleq.com@evil.example/', 'main-frame', 'credentials'],
    ['https://user:pw@aurorateleq.com/app', 'main-frame', 'credentials'],
    ['not a url', 'main-frame', 'unparseable'],
  ])('%s (%s) is blocked: %s', (url, kind, reason) => {
    expect(decideNavigation(url, kind, workstation)).toMatchObject({ kind: 'block', reason });
  });

  it.each<[string, NavigationKind]>([
    ['https://aurorateleq.com.evil.example/app', 'sub-frame'],
    ['https://evil-aurorateleq.com/', 'redirect'],
    ['https://aurorateleq.co/', 'sub-frame'],
    ['http://aurorateleq.com/app', 'redirect'],
    ['https://aurorateleq.com:8443/app', 'sub-frame'],
    ['https://teleq.fi.evil.example/', 'redirect'],
    ['https://myteleq.fi/', 'sub-frame'],
    ['https://\u0430urorateleq.com/', 'redirect'],
  ])('look-alike %s (%s) is foreign, never allowed', (url, kind) => {
    expect(decideNavigation(url, kind, workstation)).toMatchObject({
      kind: 'block',
      reason: 'foreign-origin',
    });
  });

  it('a look-alike clicked on a workstation leaves for the system browser, never loads inside', () => {
    expect(
      decideNavigation('https://aurorateleq.com.evil.example/', 'main-frame', workstation),
    ).toEqual({
      kind: 'external',
      url: 'https://aurorateleq.com.evil.example/',
    });
  });

  it('shared terminals block every external link', () => {
    expect(decideNavigation('https://www.kela.fi/', 'main-frame', terminal)).toMatchObject({
      kind: 'block',
      reason: 'external-links-blocked',
    });
    expect(decideNavigation('https://www.kela.fi/', 'window-open', terminal)).toMatchObject({
      kind: 'block',
      reason: 'external-links-blocked',
    });
  });
});
