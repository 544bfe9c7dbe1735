import { useTranslation } from 'react-i18next';
import { actions, useApp } from '../store/app-store';
import type { Language } from '../store/types';

const LANGUAGES: Language[] = ['fi', 'sv', 'en'];

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useApp((s) => s.language);
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              lang={lng}
              className="button-link"
              aria-pressed={current === lng}
              onClick={() => void actions.setLanguage(lng)}
            >
              {t(`language.${lng}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
