import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkPassword,
  type PasswordContext,
  type PasswordViolation,
} from '../../../shared/password/rules';
import { ERROR_TEXT_ID } from './ErrorAlert';
import { PasswordField } from './PasswordField';

/** What is wrong with a new password and its repetition, before anything is sent. */
export function newPasswordProblems(
  next: string,
  repeat: string,
  context: PasswordContext,
  t: TFunction,
) {
  return {
    next:
      next === ''
        ? t('change.newRequired')
        : checkPassword(next, context).length > 0
          ? t('change.rulesNotMet')
          : undefined,
    repeat:
      repeat === ''
        ? t('change.repeatRequired')
        : repeat !== next
          ? t('change.repeatMismatch')
          : undefined,
  };
}

interface Props {
  next: string;
  repeat: string;
  onNext: (value: string) => void;
  onRepeat: (value: string) => void;
  problems: { next?: string; repeat?: string };
  refused: PasswordViolation[];
  nextRef: Ref<HTMLInputElement>;
  repeatRef: Ref<HTMLInputElement>;
}

/** New password and its repetition, both described by the rules checklist (id "checklist"). */
export function NewPasswordFields(props: Props) {
  const { t } = useTranslation();
  const refused = props.refused.length > 0;
  return (
    <>
      <PasswordField
        id="new-password"
        label={t('change.new')}
        value={props.next}
        onChange={props.onNext}
        error={props.problems.next}
        invalid={refused}
        describedBy={refused ? [ERROR_TEXT_ID, 'checklist'] : ['checklist']}
        autoComplete="new-password"
        inputRef={props.nextRef}
      />
      <PasswordField
        id="repeat-password"
        label={t('change.repeat')}
        value={props.repeat}
        onChange={props.onRepeat}
        error={props.problems.repeat}
        autoComplete="new-password"
        inputRef={props.repeatRef}
      />
    </>
  );
}
