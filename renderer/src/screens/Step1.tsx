import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Heading } from '../components/Heading';
import { LoginFrame } from '../components/LoginFrame';
import { SubmitButton } from '../components/SubmitButton';
import { IdentityFields, useIdentityFields } from '../components/IdentityFields';
import { actions, useApp } from '../store/app-store';

/** Step 1 (R3): username and email, on a new device or at the first login. */
export function Step1() {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const hasKnownUsers = useApp((s) => s.knownUsers.length > 0);
  const fields = useIdentityFields();
  const alertRef = useRef<HTMLDivElement>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (useApp.getState().busy) return;
    const identity = fields.validate();
    if (!identity) return;
    const failed = await actions.identify(identity.username, identity.email);
    if (failed) alertRef.current?.focus();
  }

  return (
    <LoginFrame>
      <Heading>{t('step1.title')}</Heading>
      <p className="lead" id="step1-reason">
        {t('step1.reason')}
      </p>
      <ErrorAlert ref={alertRef} error={error} onRetry={() => void submit()} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-describedby="step1-reason">
        <IdentityFields fields={fields} />
        <SubmitButton label={t('step1.submit')} />
      </form>
      <div className="links">
        <button
          type="button"
          className="button-link"
          onClick={() => actions.openForgot(fields.username.trim())}
        >
          {t('step2.forgot')}
        </button>
        {hasKnownUsers && (
          <button type="button" className="button-link" onClick={actions.backToStart}>
            {t('step1.backToUsers')}
          </button>
        )}
      </div>
    </LoginFrame>
  );
}
