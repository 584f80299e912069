import type { HealthAlertPayload } from '@lifeline/api-contract';
import { createToastStore } from '../../app/toast-store';

/**
 * `health.alert` events waiting to be read, for the banner on every screen: a seller should learn that ODR
 * crossed the warning line while answering tickets, not on the next visit to Account health.
 */
export interface HealthAlertToast extends HealthAlertPayload {
  receivedAt: number;
}

const store = createToastStore<HealthAlertToast>((toast) => toast.alertId);

export const healthAlertToasts = {
  ...store,
  push: (alert: HealthAlertPayload): void => store.push({ ...alert, receivedAt: Date.now() }),
};
