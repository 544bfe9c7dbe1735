import { useTranslation } from 'react-i18next';
import { useApp } from '../store/app-store';

/** While a request runs the button says so but stays focusable (a disabled button would drop
 * keyboard focus to the page); the form ignores a second submit. */
export function SubmitButton({ label }: { label: string }) {
  const { t } = useTranslation();
  const busy = useApp((s) => s.busy);
  return (
    <button
      type="submit"
      className="button button-primary button-wide"
      aria-disabled={busy || undefined}
    >
      {busy ? t('common.busy') : label}
    </button>
  );
}
