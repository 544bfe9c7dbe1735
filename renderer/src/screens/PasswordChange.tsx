import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_AGE_DAYS } from '../../../shared/password/expiry';
import type { PasswordViolation } from '../../../shared/password/rules';
import { Checklist } from '../components/Checklist';
import { ERROR_TEXT_ID, ErrorAlert } from '../components/ErrorAlert';
import { Heading } from '../components/Heading';
import { LoginFrame } from '../components/LoginFrame';
import { NewPasswordFields, newPasswordProblems } from '../components/NewPasswordFields';
import { PasswordField } from '../components/PasswordField';
import { SubmitButton } from '../components/SubmitButton';
import { actions, useApp } from '../store/app-store';
import type { Screen } from '../store/screens';

type Props = Extract<Screen, { name: 'password-change' }>;

/** Password change (R6, R7, R9): forced when the password expired, or voluntary from the bar. */
export function PasswordChange(props: Props) {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [refused, setRefused] = useState<PasswordViolation[]>([]);
  const [problems, setProblems] = useState<{ current?: string; next?: string; repeat?: string }>(
    {},
  );
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const context = { username: props.username, email: props.email };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (useApp.getState().busy) return;
    const found = {
      current: current === '' ? t('change.currentRequired') : undefined,
      ...newPasswordProblems(next, repeat, context, t),
    };
    setProblems(found);
    if (found.current) return currentRef.current?.focus();
    if (found.next) return nextRef.current?.focus();
    if (found.repeat) return repeatRef.current?.focus();
    const failed = await actions.changePassword(current, next);
    if (!failed) return;
    if (failed.code === 'invalid_current_password') {
      setCurrent('');
      currentRef.current?.focus();
    } else if (failed.code === 'password_policy') {
      setRefused(failed.violations ?? []);
      nextRef.current?.focus();
    } else {
      alertRef.current?.focus();
    }
  }

  const currentBlamed = error?.code === 'invalid_current_password';
  return (
    <LoginFrame languages={props.forced}>
      <Heading>{props.forced ? t('change.forcedTitle') : t('change.voluntaryTitle')}</Heading>
      {props.forced ? (
        <div className="lead" id="change-intro">
          <p>{t('change.forcedWhy', { days: PASSWORD_MAX_AGE_DAYS })}</p>
          <p className="strong">{t('change.forcedOld')}</p>
        </div>
      ) : (
        <p className="lead" id="change-intro">
          {t('change.voluntaryIntro')}
        </p>
      )}
      <ErrorAlert ref={alertRef} error={error} onRetry={() => void submit()} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-describedby="change-intro">
        <input type="hidden" name="username" value={props.username} autoComplete="username" />
        <PasswordField
          id="current-password"
          label={t('change.current')}
          value={current}
          onChange={setCurrent}
          error={problems.current}
          invalid={currentBlamed}
          describedBy={currentBlamed ? [ERROR_TEXT_ID] : []}
          autoComplete="current-password"
          inputRef={currentRef}
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
          <SubmitButton label={t('change.submit')} />
          <button
            type="button"
            className="button button-secondary button-wide"
            onClick={() =>
              props.forced ? actions.cancelForcedChange() : void actions.closeVoluntaryChange()
            }
          >
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </LoginFrame>
  );
}
