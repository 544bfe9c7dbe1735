import { describe, expect, it } from 'vitest';
import { APP_CSP, appResponseHeaders, isTrustedSenderUrl, resolveAppFile } from './app-scheme';

const root = '/opt/teleq/dist/renderer';

describe('app:// serves our pages and nothing else', () => {
  it.each([
    ['app://teleq/', `${root}/index.html`],
    ['app://teleq/index.html', `${root}/index.html`],
    ['app://teleq/assets/index-abc.js?x=1', `${root}/assets/index-abc.js`],
  ])('%s → %s', (url, file) => {
    expect(resolveAppFile(url, root)).toBe(file);
  });

  it.each(['app://teleq/../../etc/passwd', 'app://teleq/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the folder (the URL parser drops the dot segments)',
    (url) => {
      expect(resolveAppFile(url, root)).toBe(`${root}/etc/passwd`);
    },
  );

  it.each([
    'app://teleq/..%2f..%2fetc%2fpasswd',
    'app://teleq/assets/..%5c..%5csecret',
    'app://teleq/%00index.html',
    'app://teleq/%E0%A4%A',
    'app://other/index.html',
    'file:///opt/teleq/dist/renderer/index.html',
    'https://teleq/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('sends a strict CSP without inline script or style', () => {
    const headers = appResponseHeaders(`${root}/index.html`);
    expect(headers['content-security-policy']).toBe(APP_CSP);
    expect(APP_CSP).toContain("default-src 'none'");
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(headers['content-type']).toMatch(/text\/html/);
  });
});

describe('IPC trusted sender', () => {
  it.each([
    ['app://teleq/index.html', true],
    ['app://teleq/', true],
    ['https://aurorateleq.com/app', false],
    ['http://127.0.0.1:8470/app', false],
    ['app://evil/index.html', false],
    ['file:///opt/teleq/dist/renderer/index.html', false],
    ['about:blank', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedSenderUrl(url)).toBe(trusted);
  });
});
