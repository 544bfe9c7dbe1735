import { useEffect, useState } from 'react';

/** Whole seconds left of a countdown that started with `secondsLeft` at `receivedAt` (ms). */
export function useCountdown(start: { secondsLeft: number; receivedAt: number } | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!start) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [start]);
  if (!start) return 0;
  const elapsed = Math.max(0, now - start.receivedAt) / 1000;
  return Math.max(0, Math.ceil(start.secondsLeft - elapsed));
}
