import { useTranslation } from 'react-i18next';
import { actions, useApp } from '../store/app-store';
import { useCountdown } from './useCountdown';
import { useFocusOnMount } from './useFocusOnMount';

/** The idle warning (shared terminal): a countdown and "continue". In the client bar it takes
 * the strip; on a full-window screen it sits above the card. */
export function IdleWarning({ variant }: { variant: 'bar' | 'panel' }) {
  const idle = useApp((s) => s.idle);
  if (!idle) return null;
  return <IdleWarningShown variant={variant} />;
}

function IdleWarningShown({ variant }: { variant: 'bar' | 'panel' }) {
  const { t } = useTranslation();
  const idle = useApp((s) => s.idle);
  const seconds = useCountdown(idle);
  // The person at the terminal must be able to answer at once, wherever focus was.
  const continueRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <section className={`idle idle-${variant}`} aria-labelledby="idle-title" data-idle-warning="">
      <h2 id="idle-title" className={variant === 'bar' ? 'visually-hidden' : 'idle-title'}>
        {t('idle.title')}
      </h2>
      {/* Announced once; the ticking number itself is a timer, which screen readers leave quiet. */}
      <p className="visually-hidden" role="alert">
        {t('idle.announce')}
      </p>
      <p className="idle-countdown" role="timer" aria-live="off">
        {t('idle.countdown', { count: seconds })}
      </p>
      <button
        ref={continueRef}
        type="button"
        className="button button-primary"
        onClick={() => void actions.continueSession()}
      >
        {t('idle.continue')}
      </button>
    </section>
  );
}
