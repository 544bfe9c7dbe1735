import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_TEXT_ID, ErrorAlert } from '../components/ErrorAlert';
import { Heading } from '../components/Heading';
import { LoginFrame } from '../components/LoginFrame';
import { PasswordField } from '../components/PasswordField';
import { SubmitButton } from '../components/SubmitButton';
import { actions, useApp } from '../store/app-store';
import type { Screen } from '../store/screens';

type Props = Extract<Screen, { name: 'step2' }>;

/** Step 2 (R4, R5): the password, or the organisation's SSO where it has one; the user chooses. */
export function Step2(props: Props) {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const sso = props.methods.includes('sso');
  const blamed = error?.code === 'invalid_credentials';

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (useApp.getState().busy) return;
    if (password === '') {
      setProblem(t('step2.passwordRequired'));
      return passwordRef.current?.focus();
    }
    setProblem(null);
    const failed = await actions.loginPassword(props.username, password);
    if (!failed) return;
    if (failed.code === 'invalid_credentials') {
      // A wrong password is typed again from scratch, not edited.
      setPassword('');
      passwordRef.current?.focus();
    } else {
      alertRef.current?.focus();
    }
  }

  const who = props.displayName ? `${props.displayName} (${props.username})` : props.username;
  const passwordForm = (
    <form noValidate onSubmit={(e) => void submit(e)}>
      {/* The username travels with the password so that password managers file it correctly. */}
      <input type="hidden" name="username" value={props.username} autoComplete="username" />
      <PasswordField
        id="password"
        label={t('step2.password')}
        value={password}
        onChange={setPassword}
        error={problem}
        invalid={blamed}
        describedBy={blamed ? [ERROR_TEXT_ID] : []}
        autoComplete="current-password"
        inputRef={passwordRef}
      />
      <SubmitButton label={t('step2.submit')} />
    </form>
  );

  return (
    <LoginFrame>
      <Heading>{t('step2.title')}</Heading>
      <div className="who">
        <p>
          <span className="who-label">{t('step2.signingInAs')}</span>{' '}
          <strong data-username={props.username}>{who}</strong>
        </p>
        {props.organisation && (
          <p className="who-org">{t('step2.organisation', { organisation: props.organisation })}</p>
        )}
        <button
          type="button"
          className="button-link"
          onClick={props.known ? actions.notYou : actions.someoneElse}
        >
          {props.known ? t('step2.notYou') : t('step2.otherUser')}
        </button>
      </div>
      <ErrorAlert ref={alertRef} error={error} onRetry={() => void submit()} />
      {sso ? (
        <div className="choice">
          <section className="choice-option" aria-labelledby="choice-password">
            <h2 id="choice-password">{t('step2.choicePassword')}</h2>
            {passwordForm}
          </section>
          <p className="choice-or" aria-hidden="true">
            <span>{t('common.or')}</span>
          </p>
          <section className="choice-option" aria-labelledby="choice-sso">
            <h2 id="choice-sso">{t('step2.choiceSso')}</h2>
            <p className="hint" id="sso-hint">
              {t('step2.ssoHint')}
            </p>
            <button
              type="button"
              className="button button-secondary button-wide"
              aria-describedby="sso-hint"
              onClick={() => void actions.loginSso(props.username, props.organisation)}
            >
              {t('step2.ssoButton')}
            </button>
          </section>
        </div>
      ) : (
        passwordForm
      )}
      <div className="links">
        <button
          type="button"
          className="button-link"
          onClick={() => actions.openForgot(props.username)}
        >
          {t('step2.forgot')}
        </button>
      </div>
    </LoginFrame>
  );
}
