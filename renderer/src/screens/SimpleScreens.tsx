import { useTranslation } from 'react-i18next';
import { Heading } from '../components/Heading';
import { LoginFrame } from '../components/LoginFrame';
import { formatDate } from '../i18n/format';
import { actions, useApp } from '../store/app-store';
import type { PasswordStatusView } from '../store/types';

export function Starting() {
  const { t } = useTranslation();
  return (
    <LoginFrame languages={false}>
      <Heading>{t('app.tagline')}</Heading>
      <p className="lead" role="status">
        {t('app.starting')}
      </p>
    </LoginFrame>
  );
}

export function StartFailed() {
  const { t } = useTranslation();
  return (
    <LoginFrame languages={false}>
      <Heading>{t('app.startFailedTitle')}</Heading>
      <p className="lead">{t('app.startFailedText')}</p>
      <button
        type="button"
        className="button button-primary button-wide"
        onClick={() => void actions.start()}
      >
        {t('app.retry')}
      </button>
    </LoginFrame>
  );
}

export function NoBridge() {
  const { t } = useTranslation();
  return (
    <LoginFrame languages={false}>
      <Heading>{t('app.noBridgeTitle')}</Heading>
      <p className="lead">{t('app.noBridgeText')}</p>
    </LoginFrame>
  );
}

export function SsoWaiting() {
  const { t } = useTranslation();
  return (
    <LoginFrame languages={false}>
      <Heading>{t('sso.title')}</Heading>
      <p className="lead" role="status">
        {t('sso.waiting')}
      </p>
      <div className="progress" aria-hidden="true" />
      <button
        type="button"
        className="button button-secondary button-wide"
        onClick={() => void actions.cancelSso()}
      >
        {t('sso.cancel')}
      </button>
    </LoginFrame>
  );
}

/** The result of a voluntary change: the new expiry, then back to the teleQ window. */
export function PasswordChanged({ password }: { password: PasswordStatusView }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  return (
    <LoginFrame languages={false}>
      <Heading>{t('change.doneTitle')}</Heading>
      <p className="lead success" data-expires-at={password.expiresAt}>
        {t('change.doneText', {
          date: formatDate(password.expiresAt, language),
          count: password.daysLeft,
        })}
      </p>
      <button
        type="button"
        className="button button-primary button-wide"
        onClick={() => void actions.closeVoluntaryChange()}
      >
        {t('change.backToTeleq')}
      </button>
    </LoginFrame>
  );
}

export function ForgotDone({ password }: { password: PasswordStatusView }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  return (
    <LoginFrame>
      <Heading>{t('forgot.doneTitle')}</Heading>
      <p className="lead success" data-expires-at={password.expiresAt}>
        {t('forgot.doneText', { date: formatDate(password.expiresAt, language) })}
      </p>
      <button
        type="button"
        className="button button-primary button-wide"
        onClick={actions.backToStart}
      >
        {t('forgot.backToLogin')}
      </button>
    </LoginFrame>
  );
}
