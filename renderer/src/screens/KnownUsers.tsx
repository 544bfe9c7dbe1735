import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Heading } from '../components/Heading';
import { initials } from '../components/initials';
import { LoginFrame } from '../components/LoginFrame';
import { actions, useApp } from '../store/app-store';

/** Shared terminal (R5): one tile per remembered user, "someone else", and removal per tile. */
export function KnownUsers() {
  const { t } = useTranslation();
  const knownUsers = useApp((s) => s.knownUsers);
  const error = useApp((s) => s.error);
  return (
    <LoginFrame>
      <Heading>{t('known.title')}</Heading>
      <p className="lead">{t('known.intro')}</p>
      <ErrorAlert error={error} />
      <ul className="tiles" aria-label={t('known.listLabel')}>
        {knownUsers.map((user) => (
          <li key={user.username} className="tile" data-username={user.username}>
            <button
              type="button"
              className="tile-choose"
              onClick={() => actions.chooseKnownUser(user)}
            >
              <span className="avatar" aria-hidden="true">
                {initials(user.displayName)}
              </span>
              <span className="tile-text">
                <span className="tile-name">{user.displayName}</span>
                <span className="tile-detail">{user.organisation ?? user.username}</span>
              </span>
            </button>
            <button
              type="button"
              className="button-link tile-remove"
              aria-label={t('known.remove', { name: user.displayName })}
              onClick={() => void actions.removeKnownUser(user)}
            >
              {t('known.removeShort')}
            </button>
          </li>
        ))}
        <li className="tile tile-other">
          <button type="button" className="tile-choose" onClick={actions.someoneElse}>
            <span className="avatar avatar-other" aria-hidden="true">
              +
            </span>
            <span className="tile-text">
              <span className="tile-name">{t('known.someoneElse')}</span>
              <span className="tile-detail">{t('known.someoneElseHint')}</span>
            </span>
          </button>
        </li>
      </ul>
    </LoginFrame>
  );
}
