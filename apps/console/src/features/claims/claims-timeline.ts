import type { TFunction } from 'i18next';

/**
 * The claim and feedback entries of a ticket's timeline as sentences ("Sam Supervisor recorded the A-to-z
 * claim as withdrawn"); null for any other entry.
 */
export function claimsTimelineSentence(type: string, data: Record<string, unknown>, actor: string, t: TFunction): string | null {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  // Mid-sentence nouns ("the chargeback"), apart from the labels' capitals.
  const kind = t(`claim.timeline.kind.${str(data.kind)}`, { defaultValue: str(data.kind) });
  switch (type) {
    case 'CLAIM_RESPONDED':
      return t('claim.timeline.responded', { actor, kind });
    case 'CLAIM_DECIDED': {
      const decision = t(`claim.decision.${str(data.decision)}`, { defaultValue: str(data.decision) }).toLowerCase();
      return t(data.appeal === true ? 'claim.timeline.decidedOnAppeal' : 'claim.timeline.decided', { actor, kind, decision });
    }
    case 'CLAIM_APPEALED':
      return t('claim.timeline.appealed', { actor, kind });
    case 'FEEDBACK_REMOVAL_REQUESTED':
      return t('feedback.timeline.requested', { actor });
    case 'FEEDBACK_REMOVAL_OUTCOME':
      return t('feedback.timeline.outcome', { actor, outcome: t(`feedback.outcome.${str(data.outcome)}`, { defaultValue: str(data.outcome) }).toLowerCase() });
    default:
      return null;
  }
}
