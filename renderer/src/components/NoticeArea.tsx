import { useTranslation } from 'react-i18next';
import { actions, useApp } from '../store/app-store';
import { describeLogout, describeNotice, isWarning } from './describe';

/** Notices of the whole app and the logged-out reason, in one polite live region that exists
 * from the first render (a region created together with its text is often not announced). */
export function NoticeArea() {
  const { t } = useTranslation();
  const notices = useApp((s) => s.notices);
  const loggedOut = useApp((s) => s.loggedOut);
  const removedUser = useApp((s) => s.removedUser);
  return (
    <section className="notices" aria-label={t('notices.region')} aria-live="polite">
      {loggedOut && (
        <p className="notice notice-info" data-logged-out={loggedOut}>
          {describeLogout(loggedOut, t)}
        </p>
      )}
      {removedUser && (
        <p className="notice notice-info" data-removed-user="">
          {t('known.removed', { name: removedUser })}
        </p>
      )}
      {notices.map(({ id, notice }) => (
        <div
          key={id}
          className={isWarning(notice) ? 'notice notice-warning' : 'notice notice-info'}
          data-notice={notice.kind}
        >
          <p>{describeNotice(notice, t)}</p>
          <button
            type="button"
            className="button-link notice-dismiss"
            onClick={() => actions.dismissNotice(id)}
          >
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
