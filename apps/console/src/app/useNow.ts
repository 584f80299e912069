import { useEffect, useState } from 'react';

/** The current time, re-rendering every `intervalMs` (relative times such as "in 3 h" stay honest). */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
