import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './TextField';

type Props = Omit<TextFieldProps, 'type' | 'after' | 'onKeyEvent'>;

/** A password input with show/hide and a caps-lock warning; its value is owned by the screen,
 * so it is gone when the screen is left. */
export function PasswordField(props: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const capsId = `${props.id}-caps`;
  return (
    <TextField
      {...props}
      type={visible ? 'text' : 'password'}
      describedBy={[capsId, ...(props.describedBy ?? [])]}
      onKeyEvent={(e) => setCapsLock(e.getModifierState('CapsLock'))}
      after={
        <button
          type="button"
          className="toggle-visibility"
          aria-pressed={visible}
          aria-controls={props.id}
          onClick={() => setVisible((v) => !v)}
        >
          {t('common.showPassword')}
        </button>
      }
      below={
        // Always present, so that the live region exists before the warning is written into it.
        <p id={capsId} className={capsLock ? 'caps-warning' : 'caps-warning-empty'} role="status">
          {capsLock ? t('common.capsLock') : ''}
        </p>
      }
    />
  );
}
