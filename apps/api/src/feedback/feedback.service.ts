import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DAY_MS,
  detectLanguage,
  feedbackStands,
  isNegativeFeedback,
  removalEligibility,
  removalOutcomeEffect,
  removalOutcomeRefusal,
  removalRequestRefusal,
  roleAtLeast,
} from '@lifeline/domain';
import type { FeedbackChangedPayload } from '@lifeline/api-contract';
import type { AuthUser } from '../common/auth-user';
import { badUserInput, conflict, forbidden, notFound } from '../common/errors';
import { HealthRecomputeService } from '../health/health-recompute.service';
import { OutboxService } from '../realtime/outbox.service';
import { RiskRecomputeService } from '../risk/risk-recompute.service';
import type { StoreCaller } from '../tenancy/store-api-key.service';
import type { TicketEntity } from '../tickets/entities/ticket.entity';
import { MessageIngestService } from '../tickets/message-ingest.service';
import { TicketMessageHooks } from '../tickets/ticket-message-hooks';
import { TicketsRepository } from '../tickets/tickets.repository';
import type { FeedbackRemovalEligibilityType, RecordFeedbackRemovalOutcomeInput, RequestFeedbackRemovalInput, SellerFeedbackType } from './dto/feedback.types';
import type { SellerFeedbackEntity } from './entities/seller-feedback.entity';
import { toSellerFeedbackType } from './feedback.mappers';
import { FEEDBACK_DB_NOW, FeedbackRepository } from './feedback.repository';

/**
 * Feedback older than this gets no ticket when a report brings it: the ODR window is 60 days by purchase
 * date and feedback comes within 90 days of the order (DOMAIN.md §1.1, §1.5), so older feedback can no
 * longer be worked for the metric.
 */
const TICKET_WINDOW_MS = 90 * DAY_MS;

const REQUEST_REFUSED = {
  NOT_NEGATIVE: 'Only negative feedback (1–2 stars) is worth a removal request.',
  ALREADY_GONE: 'This feedback was removed or struck through already.',
  ALREADY_REQUESTED: 'A removal request is waiting for Amazon’s answer; record its outcome first.',
} as const;

const OUTCOME_REFUSED = {
  NOT_REQUESTED: 'No removal request is waiting for an answer.',
  ALREADY_GONE: 'This feedback was removed or struck through already.',
} as const;

/**
 * Negative feedback on the desk (DOMAIN.md §1.5): a ticket per negative feedback, which removal grounds
 * may apply, the request to Amazon and its outcome, which moves ODR at once. Agents may request a
 * removal; recording Amazon's outcome (which changes ODR) is a supervisor's, like a claim decision.
 */
@Injectable()
export class FeedbackService implements OnModuleInit {
  constructor(
    private readonly repo: FeedbackRepository,
    private readonly tickets: TicketsRepository,
    private readonly ingest: MessageIngestService,
    private readonly hooks: TicketMessageHooks,
    private readonly health: HealthRecomputeService,
    private readonly risk: RiskRecomputeService,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((m, ticket) => this.linkToTicket(m, ticket));
  }

  /**
   * After feedback was written (REST ingest or report import): each standing negative feedback without a
   * ticket gets one (channel NEGATIVE_FEEDBACK), opened by the feedback as a message; its id is the
   * order's, so a repeat creates nothing.
   */
  async openTickets(m: EntityManager, caller: StoreCaller, orderIds: readonly string[]): Promise<void> {
    const since = Date.now() - TICKET_WINDOW_MS;
    for (const f of await this.repo.byOrders(m, caller.organizationId, caller.storeId, orderIds)) {
      if (f.ticketId !== null || !isNegativeFeedback(f.rating) || !feedbackStands(standing(f)) || f.leftAt.getTime() < since) continue;
      const result = await this.ingest.ingestIn(m, caller, {
        externalId: `feedback:${f.marketplaceOrderId}`,
        from: { address: 'seller-feedback@amazon.com', name: 'Amazon seller feedback' },
        subject: `Negative feedback (${f.rating} star${f.rating === 1 ? '' : 's'}) on order ${f.marketplaceOrderId}`,
        body: f.comment?.trim() || `(${f.rating} stars, no comment)`,
        receivedAt: f.leftAt,
        orderId: f.marketplaceOrderId,
        channel: 'NEGATIVE_FEEDBACK',
      }, { scoreRisk: false });
      if (await this.repo.linkTicket(m, caller.organizationId, f.id, result.ticketId)) await this.emit(m, (await this.repo.feedback(caller.organizationId, f.id, m))!);
    }
  }

  private async linkToTicket(m: EntityManager, ticket: TicketEntity): Promise<void> {
    if (ticket.channel !== 'NEGATIVE_FEEDBACK' || !ticket.marketplaceOrderId) return;
    const f = await this.repo.unlinked(m, ticket.organizationId, ticket.storeId, ticket.marketplaceOrderId);
    if (f && (await this.repo.linkTicket(m, ticket.organizationId, f.id, ticket.id))) await this.emit(m, (await this.repo.feedback(ticket.organizationId, f.id, m))!);
  }

  async ofTicket(auth: AuthUser, ticketId: string): Promise<SellerFeedbackType | null> {
    const f = await this.repo.ofTicket(auth.organizationId, ticketId);
    return f ? toSellerFeedbackType(f) : null;
  }

  /** Which DOMAIN.md §1.5 grounds may apply, from the comment and the order's fulfilment facts. */
  async eligibility(f: Pick<SellerFeedbackType, 'organizationId' | 'storeId' | 'marketplaceOrderId' | 'comment'>): Promise<FeedbackRemovalEligibilityType> {
    const order = await this.repo.orderFacts(f.organizationId, f.storeId, f.marketplaceOrderId);
    const comment = f.comment ?? '';
    const result = removalEligibility({
      comment,
      language: detectLanguage(comment, { fallback: 'en' }).language,
      fulfillmentChannel: order?.fulfillmentChannel ?? 'MFN',
      // Lifeline does not hold whether the label was bought through Buy Shipping; the hint says so.
      boughtShipping: false,
      shippedOnTime: order?.shippedOnTime ?? false,
    });
    return { eligible: result.eligible, reasons: result.reasons.map((r) => ({ ...r })), hints: [...result.hints] };
  }

  requestRemoval(auth: AuthUser, input: RequestFeedbackRemovalInput): Promise<SellerFeedbackType> {
    return this.change(auth, input.feedbackId, input.version, async (f) => {
      const refusal = removalRequestRefusal({ ...standing(f), rating: f.rating, removalStatus: f.removalStatus });
      if (refusal) throw badUserInput(REQUEST_REFUSED[refusal], [{ field: 'feedbackId', message: refusal }]);
      return {
        patch: {
          removalStatus: 'REQUESTED',
          removalReason: input.reason,
          removalRequestedAt: FEEDBACK_DB_NOW,
          removalRequestedBy: auth.userId,
          removalOutcomeAt: null,
          removalOutcomeBy: null,
        },
        timeline: { type: 'FEEDBACK_REMOVAL_REQUESTED', data: { feedbackId: f.id, reason: input.reason } },
        movesOdr: false,
      };
    });
  }

  recordOutcome(auth: AuthUser, input: RecordFeedbackRemovalOutcomeInput): Promise<SellerFeedbackType> {
    if (!roleAtLeast(auth.role, 'SUPERVISOR')) throw forbidden('Only supervisors record the outcome of a removal request.');
    return this.change(auth, input.feedbackId, input.version, async (f) => {
      const refusal = removalOutcomeRefusal({ ...standing(f), removalStatus: f.removalStatus }, input.outcome);
      if (refusal) throw badUserInput(OUTCOME_REFUSED[refusal], [{ field: 'outcome', message: refusal }]);
      const effect = removalOutcomeEffect(input.outcome);
      return {
        patch: {
          removalStatus: input.outcome,
          removalOutcomeAt: FEEDBACK_DB_NOW,
          removalOutcomeBy: auth.userId,
          removedAt: effect.removed ? FEEDBACK_DB_NOW : undefined,
          struckThrough: effect.struckThrough ? true : undefined,
        },
        timeline: { type: 'FEEDBACK_REMOVAL_OUTCOME', data: { feedbackId: f.id, outcome: input.outcome } },
        movesOdr: effect.removed || effect.struckThrough,
      };
    });
  }

  private async change(
    auth: AuthUser,
    id: string,
    version: number,
    apply: (f: SellerFeedbackEntity) => Promise<{
      patch: Parameters<FeedbackRepository['updateVersioned']>[4];
      timeline: { type: string; data: Record<string, unknown> };
      movesOdr: boolean;
    }>,
  ): Promise<SellerFeedbackType> {
    return this.repo.transaction(async (m) => {
      const f = await this.repo.feedback(auth.organizationId, id, m);
      if (!f) throw notFound('The feedback');
      if (f.version !== version) throw conflict('The feedback', f.version);
      const { patch, timeline, movesOdr } = await apply(f);
      const updated = await this.repo.updateVersioned(m, auth.organizationId, id, version, patch);
      if (!updated) throw notFound('The feedback');
      if ('conflict' in updated) throw conflict('The feedback', updated.conflict);
      if (updated.ticketId) {
        await this.tickets.appendTimeline(m, auth.organizationId, updated.ticketId, [{ type: timeline.type, actorType: 'USER', actorId: auth.userId, data: timeline.data }]);
      }
      if (movesOdr) {
        const at = Math.max(Date.now(), updated.removalOutcomeAt?.getTime() ?? 0);
        await this.health.recompute(m, auth.organizationId, updated.storeId, ['ODR'], at);
      }
      await this.risk.ordersChanged(m, auth.organizationId, updated.storeId, [updated.marketplaceOrderId]);
      await this.emit(m, updated);
      return toSellerFeedbackType(updated);
    });
  }

  private emit(m: EntityManager, f: SellerFeedbackEntity): Promise<string> {
    const payload: FeedbackChangedPayload = { feedbackId: f.id, ticketId: f.ticketId, storeId: f.storeId, removalStatus: f.removalStatus, version: f.version };
    return this.outbox.append(m, { organizationId: f.organizationId, type: 'feedback.changed', payload });
  }
}

const standing = (f: SellerFeedbackEntity) => ({ removedAt: f.removedAt?.getTime() ?? null, struckThrough: f.struckThrough });
