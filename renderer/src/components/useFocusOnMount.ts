import { useEffect, useRef } from 'react';

/** Screen change moves focus to the new screen's heading, so screen readers announce where the
 * user is and keyboard users start at the top (WCAG 2.4.3). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
