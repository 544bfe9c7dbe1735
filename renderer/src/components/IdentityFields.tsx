/**
 * Username and email, as step 1 (R3) and the forgotten-password request (R9, R10) both ask for
 * them: the same checks, messages and focus on the first wrong field.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';
import { emailProblem, usernameProblem } from './validate';

export interface Identity {
  username: string;
  email: string;
}

export function useIdentityFields(initialUsername = '') {
  const { t } = useTranslation();
  const [username, setUsername] = useState(initialUsername);
  const [email, setEmail] = useState('');
  const [problems, setProblems] = useState<{ username?: string; email?: string }>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  /** The trimmed identity, or null after showing what is wrong and focusing the first field. */
  function validate(): Identity | null {
    const u = usernameProblem(username);
    const e = emailProblem(email);
    const next = {
      username:
        u === 'required' ? t('step1.usernameRequired') : u ? t('step1.usernameInvalid') : undefined,
      email: e === 'required' ? t('step1.emailRequired') : e ? t('step1.emailInvalid') : undefined,
    };
    setProblems(next);
    if (next.username) {
      usernameRef.current?.focus();
      return null;
    }
    if (next.email) {
      emailRef.current?.focus();
      return null;
    }
    return { username: username.trim(), email: email.trim() };
  }

  return { username, setUsername, email, setEmail, problems, usernameRef, emailRef, validate };
}

export function IdentityFields({
  fields,
  idPrefix = '',
  emailDescribedBy,
}: {
  fields: ReturnType<typeof useIdentityFields>;
  /** Keeps the two forms' field ids apart. */
  idPrefix?: string;
  emailDescribedBy?: string[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}username`}
        label={t('step1.username')}
        value={fields.username}
        onChange={fields.setUsername}
        error={fields.problems.username}
        autoComplete="username"
        inputRef={fields.usernameRef}
      />
      <TextField
        id={`${idPrefix}email`}
        type="email"
        label={t('step1.email')}
        value={fields.email}
        onChange={fields.setEmail}
        error={fields.problems.email}
        autoComplete="email"
        inputMode="email"
        inputRef={fields.emailRef}
        {...(emailDescribedBy ? { describedBy: emailDescribedBy } : {})}
      />
    </>
  );
}
