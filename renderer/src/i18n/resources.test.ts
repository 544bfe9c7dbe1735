/**
 * Finnish, Swedish and English are complete: the same keys everywhere, no empty value, the same
 * placeholders, and every code of the bridge contract (errors, notices, logout reasons, password
 * rules) has a sentence in each language. Dates and numbers go through Intl per locale.
 */
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, type LogoutReason } from '../../../shared/bridge/contract';
import { PASSWORD_VIOLATIONS } from '../../../shared/password/rules';
import { SSO_FAILURE_REASONS } from '../../../shared/api/errors';
import { describeError, describeLogout, describeNotice } from '../components/describe';
import { ALL_NOTICES } from '../../test/fixtures';
import { formatDate, formatWait } from './format';
import { RESOURCES } from './index';

type Tree = Record<string, Record<string, string>>;

function flatten(tree: Tree): Map<string, string> {
  const out = new Map<string, string>();
  for (const [section, entries] of Object.entries(tree))
    for (const [key, value] of Object.entries(entries)) out.set(`${section}.${key}`, value);
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();
}

const LANGS = ['fi', 'sv', 'en'] as const;
const flat = Object.fromEntries(LANGS.map((l) => [l, flatten(RESOURCES[l] as Tree)])) as Record<
  (typeof LANGS)[number],
  Map<string, string>
>;

async function tFor(lng: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: Object.fromEntries(LANGS.map((l) => [l, { translation: RESOURCES[l] }])),
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('translations', () => {
  it('have the same keys in Finnish, Swedish and English', () => {
    const fiKeys = [...flat.fi.keys()].sort();
    expect(fiKeys.length).toBeGreaterThan(150);
    expect([...flat.sv.keys()].sort()).toEqual(fiKeys);
    expect([...flat.en.keys()].sort()).toEqual(fiKeys);
  });

  it('have no empty value and the same placeholders in every language', () => {
    for (const lng of LANGS)
      for (const [key, value] of flat[lng]) {
        expect(value.trim(), `${lng} ${key}`).not.toBe('');
        expect(placeholders(value), `${lng} ${key}`).toEqual(placeholders(flat.fi.get(key) ?? ''));
      }
  });

  it('are really translated: Swedish and English differ from Finnish', () => {
    // Names that are the same everywhere (the product, the languages' own names) aside.
    const same = [...flat.fi.keys()].filter(
      (k) => !k.startsWith('language.') && k !== 'app.name' && flat.sv.get(k) === flat.fi.get(k),
    );
    expect(same).toEqual([]);
    const sameEn = [...flat.fi.keys()].filter(
      (k) => !k.startsWith('language.') && k !== 'app.name' && flat.en.get(k) === flat.fi.get(k),
    );
    expect(sameEn).toEqual([]);
  });

  for (const lng of LANGS) {
    it(`${lng}: every error code, SSO reason, notice, logout reason and rule has a sentence`, async () => {
      const t = await tFor(lng);
      const leaked = /\{\{|errors\.|notices\.|ssoReasons\.|loggedOut\.|checklist\.|wait\./;
      for (const code of CLIENT_ERROR_CODES) {
        const text = describeError(
          { code, retryAfterSeconds: 120, serverUrl: 'https://aurorateleq.com' },
          t,
          '',
        );
        expect(text, code).not.toMatch(leaked);
      }
      for (const reason of SSO_FAILURE_REASONS) {
        expect(describeError({ code: 'sso_failed', reason }, t, ''), reason).not.toMatch(leaked);
      }
      for (const notice of ALL_NOTICES)
        expect(describeNotice(notice, t), notice.kind).not.toMatch(leaked);
      const reasons: LogoutReason[] = [
        'user',
        'switch-user',
        'idle',
        'os-lock',
        'suspend',
        'web-logout',
        'session-ended',
        'crash',
      ];
      for (const reason of reasons) expect(describeLogout(reason, t), reason).not.toMatch(leaked);
      for (const rule of PASSWORD_VIOLATIONS) {
        expect(t(`checklist.${rule}`, { min: 12, max: 128, history: 5 }), rule).not.toMatch(leaked);
      }
    });
  }

  it('write waiting times, numbers and dates the way each language does', async () => {
    const [fi, sv, en] = await Promise.all(LANGS.map(tFor));
    expect(formatWait(900, fi as TFunction)).toBe('15 minuutin');
    expect(formatWait(1, sv as TFunction)).toBe('1 sekund');
    expect(formatWait(7200, en as TFunction)).toBe('2 hours');
    expect((en as TFunction)('bar.expires', { count: 1 })).toBe('Password expires in 1 day');
    expect((sv as TFunction)('bar.expires', { count: 1500 })).toBe(
      'Lösenordet går ut om 1\u00a0500 dagar',
    );
    expect((fi as TFunction)('bar.expires', { count: 1500 })).toBe(
      'Salasana vanhenee 1\u00a0500 päivän kuluttua',
    );
    const iso = '2027-06-01T09:00:00.000Z';
    expect(formatDate(iso, 'fi')).toBe('1. kesäkuuta 2027');
    expect(formatDate(iso, 'sv')).toBe('1 juni 2027');
    expect(formatDate(iso, 'en')).toBe('1 June 2027');
  });
});
