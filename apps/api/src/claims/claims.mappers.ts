import { APPEAL_REFUSAL_TEXT, appealRefusal, currentClaimDeadline, deskDecisionOf, isClaimDefect, type ClaimDeskDecision } from '@lifeline/domain';
import type { ClaimHistoryEntryType, ClaimType } from './dto/claim.types';
import type { ClaimEntity, ClaimHistoryEntry } from './entities/claim.entity';

const opened = (c: ClaimEntity): ClaimHistoryEntry => ({ at: c.openedAt.toISOString(), action: 'OPENED', status: 'OPEN' });

/** A claim row as the desk sees it at `now` (appealable, current deadline, whether it counts in ODR). */
export function toClaimType(c: ClaimEntity, now: number = Date.now()): ClaimType {
  const decision = deskDecisionOf({ decision: c.decision, fundedBy: c.fundedBy });
  const decidedAt = c.decidedAt?.getTime() ?? null;
  const appealedAt = c.appealedAt?.getTime() ?? null;
  const refusal = appealRefusal({ kind: c.kind, status: c.caseStatus, decision, decidedAt, appealedAt }, now);
  const current = currentClaimDeadline({ kind: c.kind, status: c.caseStatus, respondBy: c.respondBy.getTime(), decision, decidedAt, appealedAt });
  // A closed appeal window is no deadline any more; a missed response stays on show, overdue.
  const deadline = current?.kind === 'APPEAL' && current.at < now ? null : current;
  return {
    id: c.id,
    organizationId: c.organizationId,
    storeId: c.storeId,
    kind: c.kind,
    marketplaceClaimId: c.marketplaceClaimId,
    marketplaceOrderId: c.marketplaceOrderId,
    openedAt: c.openedAt,
    amount: c.amount,
    currency: c.currency,
    caseStatus: c.caseStatus,
    decision,
    countsInOdr: isClaimDefect(
      {
        orderId: c.marketplaceOrderId,
        kind: c.kind,
        openedAt: c.openedAt.getTime(),
        status: c.status,
        decision: c.decision,
        decidedAt,
        buyShippingProtected: c.buyShippingProtected,
        chargebackType: c.chargebackType ?? undefined,
      },
      Math.max(now, c.openedAt.getTime(), decidedAt ?? 0),
    ),
    chargebackType: c.chargebackType,
    ticketId: c.ticketId,
    respondBy: c.respondBy,
    dueAt: deadline === null ? null : new Date(deadline.at),
    deadlineKind: deadline?.kind ?? null,
    respondedAt: c.respondedAt,
    responseText: c.responseText,
    decidedAt: c.decidedAt,
    decidedBy: c.decidedBy,
    decisionNote: c.decisionNote,
    appealBy: c.appealBy,
    appealedAt: c.appealedAt,
    appealText: c.appealText,
    appealable: refusal === null,
    appealRefusal: refusal === null ? null : APPEAL_REFUSAL_TEXT[refusal],
    // The opening is the claim's own fact, not a stored entry; the desk's moves follow it.
    history: [opened(c), ...(c.history ?? [])].map(
      (h: ClaimHistoryEntry): ClaimHistoryEntryType => ({
        at: new Date(h.at),
        action: h.action,
        status: h.status,
        decision: (h.decision as ClaimDeskDecision | null | undefined) ?? null,
        userId: h.userId ?? null,
        text: h.text ?? null,
      }),
    ),
    version: c.version,
  };
}
