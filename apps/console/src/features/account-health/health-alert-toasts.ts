import type { HealthAlertPayload } from '@lifeline/api-contract';

/**
 * `health.alert` events waiting to be read, for the banner on every screen: a seller should learn that ODR
 * crossed the warning line while answering tickets, not on the next visit to Account health. A tiny external
 * store (read with useSyncExternalStore) because the socket handler lives outside React.
 */
export interface HealthAlertToast extends HealthAlertPayload {
  receivedAt: number;
}

type Listener = () => void;
const MAX_TOASTS = 3;
let toasts: readonly HealthAlertToast[] = [];
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((listener) => listener());

export const healthAlertToasts = {
  get: (): readonly HealthAlertToast[] => toasts,
  push(alert: HealthAlertPayload): void {
    if (toasts.some((toast) => toast.alertId === alert.alertId)) return;
    toasts = [{ ...alert, receivedAt: Date.now() }, ...toasts].slice(0, MAX_TOASTS);
    notify();
  },
  dismiss(alertId: string): void {
    toasts = toasts.filter((toast) => toast.alertId !== alertId);
    notify();
  },
  clear(): void {
    toasts = [];
    notify();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
