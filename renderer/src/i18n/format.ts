import type { TFunction } from 'i18next';
import type { Language } from '../store/types';
import { LOCALES } from './index';

/** A date the way the user's language writes it ("3. kesäkuuta 2027", "3 June 2027"). */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(date);
}

/** A waiting time in the largest whole unit that still reads naturally, rounded up. */
export function formatWait(seconds: number, t: TFunction): string {
  if (seconds < 60) return t('wait.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  if (seconds < 3600) return t('wait.minutes', { count: Math.ceil(seconds / 60) });
  return t('wait.hours', { count: Math.ceil(seconds / 3600) });
}
