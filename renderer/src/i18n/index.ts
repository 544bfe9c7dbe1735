/**
 * i18next set up once, with every language bundled (three small dictionaries load faster than any
 * fetch, and connect-src is 'none'). Finnish is the default and the fallback.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../store/types';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const RESOURCES = { fi, sv, en } as const;

/** BCP 47 tags for Intl: Finland's Swedish and a European English (day before month). */
export const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function setupI18n(language: Language = 'fi'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: {
      fi: { translation: fi },
      sv: { translation: sv },
      en: { translation: en },
    },
    lng: language,
    fallbackLng: 'fi',
    supportedLngs: ['fi', 'sv', 'en'],
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; to the user.
    interpolation: { escapeValue: false },
  });
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = language;
  return i18next;
}

export function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language);
}
