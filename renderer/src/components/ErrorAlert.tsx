import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/app-store';
import type { ClientError } from '../store/types';
import { describeError, isRetryable } from './describe';

/** Fields the service blamed point here with aria-describedby. */
export const ERROR_TEXT_ID = 'screen-error-text';

interface Props {
  error: ClientError | null;
  /** Offered for network failures: repeats the last action with what is still in the form. */
  onRetry?: () => void;
}

/** The screen's error, announced when it appears (role=alert) and focusable so the screen can
 * move focus to it when no single field is to blame. */
export const ErrorAlert = forwardRef<HTMLDivElement, Props>(function ErrorAlert(
  { error, onRetry },
  ref,
) {
  const { t } = useTranslation();
  const serverUrl = useApp((s) => s.serverUrl);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={error ? 'alert alert-error' : 'alert-empty'}
      role="alert"
    >
      {error && (
        <>
          <p id={ERROR_TEXT_ID} data-error-code={error.code}>
            {describeError(error, t, serverUrl)}
          </p>
          {onRetry && isRetryable(error) && (
            <button type="button" className="button button-secondary" onClick={onRetry}>
              {t('app.retry')}
            </button>
          )}
        </>
      )}
    </div>
  );
});
