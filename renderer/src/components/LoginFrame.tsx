import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/app-store';
import { IdleWarning } from './IdleWarning';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeArea } from './NoticeArea';

/** The full-window frame of every login screen: brand, language, notices, one card, the address. */
export function LoginFrame({
  children,
  languages = true,
}: {
  children: ReactNode;
  languages?: boolean;
}) {
  const { t } = useTranslation();
  const serverUrl = useApp((s) => s.serverUrl);
  return (
    <div className="frame">
      <header className="frame-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true">
            Q
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </p>
        {languages && <LanguageSwitch />}
      </header>
      <main className="frame-main">
        <IdleWarning variant="panel" />
        <NoticeArea />
        <div className="card">{children}</div>
      </main>
      <footer className="frame-footer">
        {serverUrl && <p>{t('app.server', { serverUrl })}</p>}
      </footer>
    </div>
  );
}
