import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Heading } from '../components/Heading';
import { LoginFrame } from '../components/LoginFrame';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { emailProblem, usernameProblem } from '../components/validate';
import { actions, useApp } from '../store/app-store';

/** Step 1 (R3): username and email, on a new device or at the first login. */
export function Step1() {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const hasKnownUsers = useApp((s) => s.knownUsers.length > 0);
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [problems, setProblems] = useState<{ username?: string; email?: string }>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (useApp.getState().busy) return;
    const u = usernameProblem(username);
    const e = emailProblem(email);
    const next = {
      username:
        u === 'required' ? t('step1.usernameRequired') : u ? t('step1.usernameInvalid') : undefined,
      email: e === 'required' ? t('step1.emailRequired') : e ? t('step1.emailInvalid') : undefined,
    };
    setProblems(next);
    if (next.username) return usernameRef.current?.focus();
    if (next.email) return emailRef.current?.focus();
    const failed = await actions.identify(username.trim(), email.trim());
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
        <TextField
          id="username"
          label={t('step1.username')}
          value={username}
          onChange={setUsername}
          error={problems.username}
          autoComplete="username"
          inputRef={usernameRef}
        />
        <TextField
          id="email"
          type="email"
          label={t('step1.email')}
          value={email}
          onChange={setEmail}
          error={problems.email}
          autoComplete="email"
          inputMode="email"
          inputRef={emailRef}
        />
        <SubmitButton label={t('step1.submit')} />
      </form>
      <div className="links">
        <button
          type="button"
          className="button-link"
          onClick={() => actions.openForgot(username.trim())}
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
