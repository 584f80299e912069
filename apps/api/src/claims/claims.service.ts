import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APPEAL_REFUSAL_TEXT,
  appealRefusal,
  buildEvidenceChecklist,
  claimAppealDeadline,
  currentClaimDeadline,
  deskDecisionOf,
  formatMinorAsDecimal,
  nextClaimStatus,
  roleAtLeast,
  storedClaimDecision,
  type ClaimAction,
  type ClaimCaseStatus,
} from '@lifeline/domain';
import type { ClaimChangedPayload } from '@lifeline/api-contract';
import type { AuthUser } from '../common/auth-user';
import { badUserInput, conflict, forbidden, notFound } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { HealthRecomputeService } from '../health/health-recompute.service';
import { OutboxService } from '../realtime/outbox.service';
import { RiskRecomputeService } from '../risk/risk-recompute.service';
import { SlaService } from '../sla/sla.service';
import type { StoreCaller } from '../tenancy/store-api-key.service';
import type { TicketEntity } from '../tickets/entities/ticket.entity';
import { MessageIngestService } from '../tickets/message-ingest.service';
import { emitTicket } from '../tickets/ticket-events';
import { TicketMessageHooks } from '../tickets/ticket-message-hooks';
import { TicketsRepository } from '../tickets/tickets.repository';
import { toClaimType } from './claims.mappers';
import { ClaimsRepository, DB_NOW } from './claims.repository';
import type { AppealClaimInput, ClaimConnection, ClaimEvidenceItemType, ClaimFilterInput, ClaimType, DecideClaimInput, RespondToClaimInput } from './dto/claim.types';
import type { ClaimEntity, ClaimKind } from './entities/claim.entity';

const NO_DEADLINE = new Date('9999-12-31T00:00:00.000Z');

const CHANNEL_OF: Record<ClaimKind, 'A_TO_Z_CLAIM' | 'CHARGEBACK'> = { A_TO_Z: 'A_TO_Z_CLAIM', CHARGEBACK: 'CHARGEBACK' };
const KIND_OF_CHANNEL: Partial<Record<string, ClaimKind>> = { A_TO_Z_CLAIM: 'A_TO_Z', CHARGEBACK: 'CHARGEBACK' };

/** Who Amazon's claim notices come from: one conversation per order and kind. */
const NOTICE_SENDER: Record<ClaimKind, { address: string; name: string; title: string }> = {
  A_TO_Z: { address: 'claims@amazon.com', name: 'Amazon A-to-z Guarantee', title: 'A-to-z Guarantee claim' },
  CHARGEBACK: { address: 'chargebacks@amazon.com', name: 'Amazon Chargebacks', title: 'Chargeback' },
};

/**
 * The claim desk (DOMAIN.md §1.6, §1.7): claims become tickets on arrival, the desk responds, records
 * Amazon's decision (which moves ODR at once) and appeals a seller-funded grant. Agents may read and
 * respond; recording a decision or an appeal is a supervisor's, as the supervisors own claims
 * (ARCHITECTURE.md "Who uses it") and a decision moves the account's ODR.
 */
@Injectable()
export class ClaimsService implements OnModuleInit {
  constructor(
    private readonly repo: ClaimsRepository,
    private readonly tickets: TicketsRepository,
    private readonly ingest: MessageIngestService,
    private readonly hooks: TicketMessageHooks,
    private readonly health: HealthRecomputeService,
    private readonly risk: RiskRecomputeService,
    private readonly sla: SlaService,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((m, ticket) => this.linkToTicket(m, ticket));
  }

  // ---- Claims become tickets ----

  /**
   * After claims were written (REST ingest or report import): each open claim without a ticket gets one,
   * opened by Amazon's notice as a message (channel A_TO_Z_CLAIM or CHARGEBACK), so routing, the SLA claim
   * clock and assignment are the ticket desk's own. The notice's id is the claim's, so a repeat creates
   * nothing.
   */
  async openTickets(m: EntityManager, caller: StoreCaller, keys: readonly string[]): Promise<void> {
    const claims = await this.repo.byKeys(m, caller.organizationId, caller.storeId, keys);
    for (const c of claims) {
      if (c.ticketId !== null || c.caseStatus !== 'OPEN') continue;
      const sender = NOTICE_SENDER[c.kind];
      const amount = c.amount === null ? '' : ` for ${c.amount}${c.currency ? ` ${c.currency}` : ''}`;
      const result = await this.ingest.ingestIn(m, caller, {
        externalId: `claim:${c.kind}:${c.marketplaceClaimId}`,
        from: { address: sender.address, name: sender.name },
        subject: `${sender.title} ${c.marketplaceClaimId} on order ${c.marketplaceOrderId}`,
        body:
          `${sender.title} ${c.marketplaceClaimId} was opened on order ${c.marketplaceOrderId}${amount}. ` +
          `Respond by ${c.respondBy.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
        receivedAt: c.openedAt,
        orderId: c.marketplaceOrderId,
        channel: CHANNEL_OF[c.kind],
      }, { scoreRisk: false });
      const linked = await this.repo.linkTicket(m, caller.organizationId, c.id, result.ticketId);
      if (linked) await this.emit(m, linked);
    }
  }

  /** A claim notice that arrived as a message (or the ticket opened above) works the order's claims of its kind. */
  private async linkToTicket(m: EntityManager, ticket: TicketEntity): Promise<void> {
    const kind = KIND_OF_CHANNEL[ticket.channel];
    if (!kind || !ticket.marketplaceOrderId) return;
    for (const c of await this.repo.unlinkedClaims(m, ticket.organizationId, ticket.storeId, kind, ticket.marketplaceOrderId)) {
      const linked = await this.repo.linkTicket(m, ticket.organizationId, c.id, ticket.id);
      if (linked) await this.emit(m, linked);
    }
  }

  // ---- Reading ----

  async list(auth: AuthUser, filter: ClaimFilterInput | null | undefined, first: number, after?: string | null): Promise<ClaimConnection> {
    checkPageSize(first);
    const position = after ? decodeCursor(after, 2) : undefined;
    const rows = await this.repo.page(
      auth.organizationId,
      { caseStatus: filter?.status, kind: filter?.kind, storeId: filter?.storeId },
      first,
      position && { dueAt: String(position[0]), id: String(position[1]) },
    );
    const now = Date.now();
    const edges = rows.slice(0, first).map((c) => ({ cursor: encodeCursor([c.dueAt.toISOString(), c.id]), node: toClaimType(c, now) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async get(auth: AuthUser, id: string): Promise<ClaimType> {
    const c = await this.repo.claim(auth.organizationId, id);
    if (!c) throw notFound('The claim');
    return toClaimType(c);
  }

  /** The claim a ticket works (the newest, should a ticket carry more than one); null for other tickets. */
  async ofTicket(auth: AuthUser, ticketId: string): Promise<ClaimType | null> {
    const [c] = await this.repo.claimsOfTicket(auth.organizationId, ticketId);
    return c ? toClaimType(c) : null;
  }

  /** The evidence checklist from the order, its buyer conversations and the compensation offered. */
  async evidence(claim: Pick<ClaimType, 'organizationId' | 'storeId' | 'kind' | 'marketplaceOrderId'>): Promise<ClaimEvidenceItemType[]> {
    const { organizationId, storeId, marketplaceOrderId } = claim;
    const [order, buyerMessages, compensation] = await Promise.all([
      this.repo.orderFacts(organizationId, storeId, marketplaceOrderId),
      this.repo.buyerMessageFacts(organizationId, storeId, marketplaceOrderId),
      this.repo.compensationFacts(organizationId, storeId, marketplaceOrderId),
    ]);
    return buildEvidenceChecklist({
      kind: claim.kind,
      order,
      buyerMessages,
      compensation: compensation.map((a) => ({ kind: a.kind, state: a.state, cost: `${formatMinorAsDecimal(a.costMinor, a.currency)} ${a.currency}` })),
    });
  }

  // ---- The desk's moves ----

  respond(auth: AuthUser, input: RespondToClaimInput): Promise<ClaimType> {
    return this.change(auth, input.id, input.version, 'RESPOND', async (_m, c, to) => ({
      patch: { caseStatus: to, respondedAt: DB_NOW, respondedBy: auth.userId, responseText: input.response, dueAt: NO_DEADLINE },
      history: { action: 'RESPONDED', status: to, userId: auth.userId, text: input.response },
      timeline: { type: 'CLAIM_RESPONDED', data: { claimId: c.id, kind: c.kind } },
    }));
  }

  decide(auth: AuthUser, input: DecideClaimInput): Promise<ClaimType> {
    if (!roleAtLeast(auth.role, 'SUPERVISOR')) throw forbidden('Only supervisors record claim decisions.');
    return this.change(auth, input.id, input.version, 'DECIDE', async (m, c, to) => {
      const now = await this.repo.now(m);
      const stored = storedClaimDecision(input.decision);
      // The appeal's result keeps the appeal deadline it had; a first decision sets it (§1.6.5).
      const appealBy = c.appealedAt ? c.appealBy : nullableDate(claimAppealDeadline({ kind: c.kind, decision: input.decision, decidedAt: now.getTime() }));
      const due = currentClaimDeadline({
        kind: c.kind,
        status: to,
        respondBy: c.respondBy.getTime(),
        decision: input.decision,
        decidedAt: now.getTime(),
        appealedAt: c.appealedAt?.getTime() ?? null,
      });
      return {
        patch: {
          caseStatus: to,
          status: 'CLOSED',
          decision: stored.decision,
          fundedBy: stored.fundedBy,
          decidedAt: DB_NOW,
          decidedBy: auth.userId,
          decisionNote: input.note?.trim() || null,
          appealBy,
          dueAt: due === null ? NO_DEADLINE : new Date(due.at),
        },
        history: { action: 'DECIDED', status: to, decision: input.decision, userId: auth.userId, text: input.note?.trim() || null },
        timeline: { type: 'CLAIM_DECIDED', data: { claimId: c.id, kind: c.kind, decision: input.decision, appeal: c.appealedAt !== null } },
        odrAt: now.getTime(),
      };
    });
  }

  appeal(auth: AuthUser, input: AppealClaimInput): Promise<ClaimType> {
    if (!roleAtLeast(auth.role, 'SUPERVISOR')) throw forbidden('Only supervisors appeal claims.');
    return this.change(auth, input.id, input.version, 'APPEAL', async (m, c, to) => {
      const now = await this.repo.now(m);
      const decision = deskDecisionOf({ decision: c.decision, fundedBy: c.fundedBy });
      const refusal = appealRefusal(
        { kind: c.kind, status: c.caseStatus, decision, decidedAt: c.decidedAt?.getTime() ?? null, appealedAt: c.appealedAt?.getTime() ?? null },
        now.getTime(),
      );
      if (refusal) throw badUserInput(APPEAL_REFUSAL_TEXT[refusal], [{ field: 'id', message: refusal }]);
      return {
        patch: { caseStatus: to, appealedAt: DB_NOW, appealedBy: auth.userId, appealText: input.text, dueAt: NO_DEADLINE },
        history: { action: 'APPEALED', status: to, decision, userId: auth.userId, text: input.text },
        timeline: { type: 'CLAIM_APPEALED', data: { claimId: c.id, kind: c.kind } },
      };
    });
  }

  /**
   * One versioned move in one transaction: the claim, its history, the ticket's timeline and claim clock,
   * ODR (when the decision changed) and the risk pool, and `claim.changed` commit together.
   */
  private async change(
    auth: AuthUser,
    id: string,
    version: number,
    action: ClaimAction,
    apply: (
      m: EntityManager,
      c: ClaimEntity,
      to: ClaimCaseStatus,
    ) => Promise<{
      patch: Parameters<ClaimsRepository['updateVersioned']>[4];
      history: Parameters<ClaimsRepository['updateVersioned']>[5];
      timeline: { type: string; data: Record<string, unknown> };
      odrAt?: number;
    }>,
  ): Promise<ClaimType> {
    return this.repo.transaction(async (m) => {
      const c = await this.repo.lockedClaim(m, auth.organizationId, id);
      if (!c) throw notFound('The claim');
      if (c.version !== version) throw conflict('The claim', c.version);
      const to = nextClaimStatus(c.caseStatus, action);
      if (!to) throw badUserInput(REFUSED[action](c.caseStatus), [{ field: 'id', message: `not allowed from ${c.caseStatus}` }]);
      const { patch, history, timeline, odrAt } = await apply(m, c, to);
      const updated = await this.repo.updateVersioned(m, auth.organizationId, id, version, patch, history);
      if (!updated) throw notFound('The claim');
      if ('conflict' in updated) throw conflict('The claim', updated.conflict);

      if (updated.ticketId) await this.onTicket(m, auth, updated.ticketId, timeline);
      if (odrAt !== undefined) await this.health.recompute(m, auth.organizationId, c.storeId, ['ODR'], Math.max(Date.now(), odrAt));
      await this.risk.ordersChanged(m, auth.organizationId, c.storeId, [c.marketplaceOrderId]);
      await this.emit(m, updated);
      return toClaimType(updated);
    });
  }

  /** The claim's move on its ticket: a timeline event, and the claim deadline met (the answer went to Amazon). */
  private async onTicket(m: EntityManager, auth: AuthUser, ticketId: string, event: { type: string; data: Record<string, unknown> }): Promise<void> {
    const ticket = await this.tickets.ticket(auth.organizationId, ticketId, m);
    if (!ticket) return;
    await this.tickets.appendTimeline(m, auth.organizationId, ticketId, [{ type: event.type, actorType: 'USER', actorId: auth.userId, data: event.data }]);
    await this.sla.onClaimAnswered(m, ticket);
    const after = await this.tickets.ticket(auth.organizationId, ticketId, m);
    if (after && after.dueAt.getTime() !== ticket.dueAt.getTime()) await emitTicket(this.outbox, m, 'ticket.updated', after);
  }

  private emit(m: EntityManager, c: ClaimEntity): Promise<string> {
    const payload: ClaimChangedPayload = {
      claimId: c.id,
      ticketId: c.ticketId,
      storeId: c.storeId,
      kind: c.kind,
      status: c.caseStatus,
      decision: deskDecisionOf({ decision: c.decision, fundedBy: c.fundedBy }),
      version: c.version,
    };
    return this.outbox.append(m, { organizationId: c.organizationId, type: 'claim.changed', payload });
  }
}

const nullableDate = (ms: number | null) => (ms === null ? null : new Date(ms));

const REFUSED: Record<ClaimAction, (from: ClaimCaseStatus) => string> = {
  RESPOND: (from) => (from === 'APPEALED' ? 'The claim is under appeal; record the appeal’s decision instead.' : 'A decided claim can no longer be answered.'),
  DECIDE: () => 'The claim is decided already; appeal it, or it stays as decided.',
  APPEAL: () => 'Only a decided claim can be appealed.',
};
