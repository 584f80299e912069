import { useSyncExternalStore } from 'react';

/**
 * One ticker for every countdown on the screen: a single 1 s interval, running while at least one
 * countdown is mounted and the tab is visible (a hidden tab catches up on its first tick back).
 */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  listeners.forEach((listener) => listener());
}

function sync() {
  const shouldRun = listeners.size > 0 && document.visibilityState !== 'hidden';
  if (shouldRun && timer === undefined) {
    tick();
    timer = setInterval(tick, 1000);
  } else if (!shouldRun && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) document.addEventListener('visibilitychange', sync);
  listeners.add(listener);
  sync();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) document.removeEventListener('visibilitychange', sync);
    sync();
  };
}

/** Milliseconds since the epoch, re-rendering the caller once a second. */
export function useSecondTicker(): number {
  return useSyncExternalStore(subscribe, () => now);
}
