import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordViolation } from '../../../shared/password/rules';
import { Checklist } from '../components/Checklist';
import { ERROR_TEXT_ID, ErrorAlert } from '../components/ErrorAlert';
import { Heading } from '../components/Heading';
import { LoginFrame } from '../components/LoginFrame';
import { NewPasswordFields, newPasswordProblems } from '../components/NewPasswordFields';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { codeProblem } from '../components/validate';
import { IdentityFields, useIdentityFields } from '../components/IdentityFields';
import { actions, useApp } from '../store/app-store';
import type { Screen } from '../store/screens';

/** Forgotten password, part 1 (R9, R10): username and email; the answer never tells whether
 * they matched. */
export function ForgotRequest(props: Extract<Screen, { name: 'forgot-request' }>) {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const fields = useIdentityFields(props.username);
  const alertRef = useRef<HTMLDivElement>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (useApp.getState().busy) return;
    const identity = fields.validate();
    if (!identity) return;
    if (await actions.forgot(identity.username, identity.email)) alertRef.current?.focus();
  }

  return (
    <LoginFrame>
      <Heading>{t('forgot.title')}</Heading>
      <p className="lead">{t('forgot.intro')}</p>
      <p className="note" id="email-current">
        {t('forgot.emailCurrent')}
      </p>
      <ErrorAlert ref={alertRef} error={error} onRetry={() => void submit()} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <IdentityFields fields={fields} idPrefix="forgot-" emailDescribedBy={['email-current']} />
        <div className="actions">
          <SubmitButton label={t('forgot.submit')} />
          <button
            type="button"
            className="button button-secondary button-wide"
            onClick={actions.backToStart}
          >
            {t('forgot.back')}
          </button>
        </div>
      </form>
    </LoginFrame>
  );
}

/** Forgotten password, part 2: the emailed code and a new password under the same checklist. */
export function ForgotReset(props: Extract<Screen, { name: 'forgot-reset' }>) {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const [code, setCode] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [refused, setRefused] = useState<PasswordViolation[]>([]);
  const [problems, setProblems] = useState<{ code?: string; next?: string; repeat?: string }>({});
  const codeRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const context = { username: props.username, email: props.email };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (useApp.getState().busy) return;
    const c = codeProblem(code);
    const found = {
      code: c === 'required' ? t('forgot.codeRequired') : c ? t('forgot.codeInvalid') : undefined,
      ...newPasswordProblems(next, repeat, context, t),
    };
    setProblems(found);
    if (found.code) return codeRef.current?.focus();
    if (found.next) return nextRef.current?.focus();
    if (found.repeat) return repeatRef.current?.focus();
    const failed = await actions.reset(props.username, code.replace(/\s/g, ''), next);
    if (!failed) return;
    if (failed.code === 'invalid_code') codeRef.current?.focus();
    else if (failed.code === 'password_policy') {
      setRefused(failed.violations ?? []);
      nextRef.current?.focus();
    } else alertRef.current?.focus();
  }

  const codeBlamed = error?.code === 'invalid_code';
  return (
    <LoginFrame>
      <Heading>{t('forgot.sentTitle')}</Heading>
      <p className="lead" role="status">
        {t('forgot.sent', { email: props.email })}
      </p>
      <ErrorAlert ref={alertRef} error={error} onRetry={() => void submit()} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <input type="hidden" name="username" value={props.username} autoComplete="username" />
        <TextField
          id="reset-code"
          label={t('forgot.code')}
          hint={t('forgot.codeHint')}
          value={code}
          onChange={setCode}
          error={problems.code}
          invalid={codeBlamed}
          describedBy={codeBlamed ? [ERROR_TEXT_ID] : []}
          autoComplete="one-time-code"
          inputMode="numeric"
          inputRef={codeRef}
        />
        <NewPasswordFields
          next={next}
          repeat={repeat}
          onNext={(v) => {
            setNext(v);
            setRefused([]);
          }}
          onRepeat={setRepeat}
          problems={problems}
          refused={refused}
          nextRef={nextRef}
          repeatRef={repeatRef}
        />
        <Checklist id="checklist" password={next} repeat={repeat} refused={refused} {...context} />
        <div className="actions">
          <SubmitButton label={t('forgot.submitReset')} />
          <button
            type="button"
            className="button button-secondary button-wide"
            onClick={() => actions.openForgot(props.username)}
          >
            {t('forgot.newCode')}
          </button>
        </div>
      </form>
    </LoginFrame>
  );
}
