import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  /** Marked invalid by the service's answer, which the screen's alert explains. */
  invalid?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  inputRef?: Ref<HTMLInputElement>;
  /** More ids the field is described by (a checklist, a caps-lock warning). */
  describedBy?: string[];
  onKeyEvent?: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  /** Something beside the input, e.g. a show-password toggle. */
  after?: ReactNode;
  below?: ReactNode;
}

/** A labelled input whose hint and error are tied to it for assistive technology. */
export function TextField({ inputRef, ...props }: TextFieldProps) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [errorId, hintId, ...(props.describedBy ?? [])].filter(Boolean).join(' ');
  return (
    <div className={props.error || props.invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      <div className="field-row">
        <input
          id={props.id}
          ref={inputRef}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={props.onKeyEvent}
          onKeyUp={props.onKeyEvent}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={props.error || props.invalid ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        {props.after}
      </div>
      {props.error && (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      )}
      {props.below}
    </div>
  );
}
