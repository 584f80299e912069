import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error';
import { changeErrorMessage } from '../tickets/ticket-notice';

const REASONS = ['OWN_REQUEST', 'OVER_APPROVER_LIMIT', 'COMPENSATION_NOT_EDITABLE', 'NOT_WAITING_FOR_APPROVAL'] as const;

/** Why a compensation change failed, in words for this screen where the API says why (`extensions.reason`). */
export function compensationErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    const reason = error.errors[0]?.extensions?.reason;
    if (typeof reason === 'string' && (REASONS as readonly string[]).includes(reason)) return t(`compensation.error.${reason}`);
  }
  return changeErrorMessage(error, t);
}
