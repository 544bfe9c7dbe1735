import { useTranslation } from 'react-i18next';
import {
  PASSWORD_CHECKLIST,
  PASSWORD_HISTORY_SIZE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPassword,
  type PasswordViolation,
} from '../../../shared/password/rules';

interface Props {
  id: string;
  password: string;
  repeat: string;
  username?: string;
  email?: string;
  /** What the service refused last time (422 password_policy), marked on the same items. */
  refused: PasswordViolation[];
}

type ItemState = 'met' | 'unmet' | 'refused';

/** Rules written as "must not": met trivially by an empty password, so shown as unmet until
 * something is typed, which keeps the list from starting half ticked. */
const NEGATIVE: readonly PasswordViolation[] = [
  'too_long',
  'contains_username',
  'contains_email',
  'common_password',
];

export function checklistState(props: Omit<Props, 'id'>) {
  const violations = checkPassword(props.password, {
    username: props.username,
    email: props.email,
  });
  const items: { key: PasswordViolation | 'matches'; state: ItemState }[] = PASSWORD_CHECKLIST.map(
    (key) => ({
      key,
      state: props.refused.includes(key)
        ? 'refused'
        : violations.includes(key) || (props.password === '' && NEGATIVE.includes(key))
          ? 'unmet'
          : 'met',
    }),
  );
  if (props.refused.includes('reused')) items.push({ key: 'reused', state: 'refused' });
  items.push({
    key: 'matches',
    state: props.password !== '' && props.password === props.repeat ? 'met' : 'unmet',
  });
  return { items, rulesMet: violations.length === 0 };
}

/** The live checklist of the password rules (R6), ticking as the user types. */
export function Checklist(props: Props) {
  const { t } = useTranslation();
  const { items } = checklistState(props);
  return (
    <div className="checklist" id={props.id}>
      <p className="checklist-title" id={`${props.id}-title`}>
        {t('checklist.title')}
      </p>
      <ul aria-labelledby={`${props.id}-title`}>
        {items.map(({ key, state }) => (
          <li key={key} className={`check check-${state}`} data-rule={key} data-state={state}>
            <span className="check-mark" aria-hidden="true" />
            <span className="visually-hidden">{t(`checklist.${state}`)} </span>
            {t(`checklist.${key}`, {
              min: PASSWORD_MIN_LENGTH,
              max: PASSWORD_MAX_LENGTH,
              history: PASSWORD_HISTORY_SIZE,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
