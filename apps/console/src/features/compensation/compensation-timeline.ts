import type { TFunction } from 'i18next';

/**
 * The compensation entries of a ticket's timeline as sentences ("Sam Supervisor approved the partial refund
 * of 25.00 EUR: “photos seen”"); null for any other entry.
 */
export function compensationTimelineSentence(type: string, data: Record<string, unknown>, actor: string, t: TFunction): string | null {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const values = {
    actor,
    kind: t(`compensation.kinds.${str(data.kind)}`, { defaultValue: str(data.kind) }).toLowerCase(),
    cost: str(data.cost),
    currency: str(data.currency),
    reason: str(data.reason),
  };
  switch (type) {
    case 'COMPENSATION_REQUESTED':
      return t('compensation.timeline.requested', values);
    case 'COMPENSATION_APPROVED':
      return data.automatic === true ? t('compensation.timeline.autoApproved', values) : t('compensation.timeline.approved', values);
    case 'COMPENSATION_REJECTED':
      return t('compensation.timeline.rejected', values);
    case 'COMPENSATION_EDITED':
      return t('compensation.timeline.edited', { ...values, previous: str(data.previousCost) });
    case 'COMPENSATION_EXECUTED':
      return t('compensation.timeline.executed', { ...values, reference: str(data.reference) });
    case 'COMPENSATION_FAILED':
      return t('compensation.timeline.failed', values);
    case 'COMPENSATION_OUTCOME':
      return t('compensation.timeline.outcome', { ...values, outcome: t(`compensation.outcomes.${str(data.outcome)}`, { defaultValue: str(data.outcome) }) });
    default:
      return null;
  }
}
