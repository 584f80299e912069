import { useTranslation } from 'react-i18next';
import type { CompensationKind, CompensationOutcome, CompensationState } from '@lifeline/api-contract';

export type { CompensationAction } from '../../api/compensation.api';

/** In the order the form offers them: the cheapest fixes first. */
export const COMPENSATION_KIND_VALUES: readonly CompensationKind[] = ['PARTIAL_REFUND', 'COUPON', 'PREPAID_RETURN_LABEL', 'RESHIPMENT', 'REPLACEMENT', 'FULL_REFUND'];

export const COMPENSATION_OUTCOME_VALUES: readonly CompensationOutcome[] = [
  'FEEDBACK_REMOVED',
  'FEEDBACK_REVISED',
  'CLAIM_WITHDRAWN',
  'RETURN_AVOIDED',
  'BUYER_SATISFIED',
  'NO_EFFECT',
];

/** REQUESTED (waiting for a supervisor), APPROVED, EXECUTED, REJECTED or FAILED. */
export function CompensationStateBadge({ state }: { state: CompensationState }) {
  const { t } = useTranslation();
  return (
    <span className={`compensation-state compensation-state--${state.toLowerCase()}`} data-state={state}>
      {t(`compensation.states.${state}`)}
    </span>
  );
}
