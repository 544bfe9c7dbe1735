import { useTranslation } from 'react-i18next';
import { IdleWarning } from '../components/IdleWarning';
import { formatDate, formatWait } from '../i18n/format';
import { actions, useApp } from '../store/app-store';

/** The slim strip above the managed teleQ window (CLIENT_BAR_HEIGHT_PX tall): who is in, when
 * the password expires, change password, log out / switch user, and the idle countdown. */
export function ClientBar() {
  const { t } = useTranslation();
  const user = useApp((s) => s.user);
  const password = useApp((s) => s.password);
  const mode = useApp((s) => s.mode);
  const language = useApp((s) => s.language);
  const idle = useApp((s) => s.idle);
  const idleTimeoutSeconds = useApp((s) => s.idleTimeoutSeconds);
  const barMessage = useApp((s) => s.barMessage);
  if (!user) return null;
  const shared = mode === 'shared-terminal';
  return (
    // The strip is the whole of its window, so it is the page's main landmark.
    <main
      className={`client-bar${password?.warning ? ' client-bar-warning' : ''}`}
      aria-label={t('bar.label')}
    >
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <p className="bar-brand" aria-hidden="true">
        <span className="brand-mark">Q</span>
      </p>
      <p className="bar-user">
        <span className="bar-name">{t('bar.user', { name: user.displayName })}</span>
        <span className="bar-org">{user.organisation}</span>
      </p>
      {idle ? (
        <IdleWarning variant="bar" />
      ) : (
        <div className="bar-status" role="status">
          {barMessage ? (
            <p className="bar-message" data-bar-message="">
              {t('bar.changed', { date: formatDate(barMessage.password.expiresAt, language) })}
              <button
                type="button"
                className="button-link bar-dismiss"
                onClick={actions.dismissBarMessage}
              >
                {t('common.dismiss')}
              </button>
            </p>
          ) : (
            password && (
              <p
                className={password.warning ? 'bar-expiry bar-expiry-warning' : 'bar-expiry'}
                data-days-left={password.daysLeft}
              >
                {password.daysLeft <= 0
                  ? t('bar.expiresToday')
                  : t('bar.expires', { count: password.daysLeft })}
              </p>
            )
          )}
          {shared && idleTimeoutSeconds > 0 && (
            <p className="bar-idle">
              {t('idle.policy', { wait: formatWait(idleTimeoutSeconds, t) })}
            </p>
          )}
        </div>
      )}
      <nav className="bar-actions" aria-label={t('bar.label')}>
        <button
          type="button"
          className="button button-bar"
          onClick={() => void actions.openVoluntaryChange()}
        >
          {t('bar.changePassword')}
        </button>
        <button
          type="button"
          className="button button-bar"
          onClick={() => void actions.logout('switch-user')}
        >
          {t('bar.switchUser')}
        </button>
        <button
          type="button"
          className="button button-bar button-bar-strong"
          onClick={() => void actions.logout('user')}
        >
          {t('bar.logout')}
        </button>
      </nav>
    </main>
  );
}
