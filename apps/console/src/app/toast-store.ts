/**
 * Messages that arrive on the socket and wait on every screen until read (a health alert, an approval
 * waiting). A tiny external store, read with useSyncExternalStore, because socket handlers live outside
 * React. Newest first, at most `max`, one per id.
 */
export interface ToastStore<T> {
  get(): readonly T[];
  push(item: T): void;
  dismiss(id: string): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export function createToastStore<T>(idOf: (item: T) => string, max = 3): ToastStore<T> {
  let items: readonly T[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => items,
    push(item) {
      if (items.some((existing) => idOf(existing) === idOf(item))) return;
      items = [item, ...items].slice(0, max);
      notify();
    },
    dismiss(id) {
      items = items.filter((existing) => idOf(existing) !== id);
      notify();
    },
    clear() {
      items = [];
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
