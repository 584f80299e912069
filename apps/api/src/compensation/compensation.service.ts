import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  canEditCompensation,
  canTransitionCompensation,
  checkCompensationLimit,
  compensationApprovalClock,
  compensationGrantedForOrder,
  compensationReport,
  costOf,
  DEFAULT_COMPENSATION_APPROVAL_MINUTES,
  DEFAULT_COMPENSATION_LIMITS,
  formatMinorAsDecimal,
  isKnownCurrency,
  orderValueOf,
  parseMoneyToMinor,
  requestCompensation,
  reviewCompensation,
  roleAtLeast,
  validateCompensationApprovalMinutes,
  validateCompensationLimits,
  validateCompensationOffer,
  type CompensationCostInput,
  type CompensationLimits,
  type CompensationOfferError,
  type CompensationReviewError,
  type CompensationState,
  type CompensationStateChange,
} from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { AppError, badUserInput, conflict, forbidden, notFound, type FieldProblem } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { OutboxService } from '../realtime/outbox.service';
import { RiskRecomputeService } from '../risk/risk-recompute.service';
import { SlaRepository } from '../sla/sla.repository';
import { TicketsRepository, type TimelineAppend } from '../tickets/tickets.repository';
import { CompensationConnectorRegistry } from './compensation-connector';
import { limitAsDecimal, limitsFromInput, toCompensationActionType, toCompensationReportRowType, toCompensationSettingsType } from './compensation.mappers';
import { CompensationRepository, type CompensationActionPatch, type CompensationTicket } from './compensation.repository';
import type {
  CompensationActionConnection,
  CompensationActionType,
  CompensationHeadroomType,
  CompensationOfferInput,
  CompensationReportRowType,
  CompensationSettingsType,
  EditCompensationInput,
  ExecuteCompensationInput,
  RecordCompensationOutcomeInput,
  RequestCompensationInput,
  ReviewCompensationInput,
  UpdateCompensationLimitsInput,
} from './dto/compensation.types';
import type { CompensationActionEntity } from './entities/compensation-action.entity';

interface Settings {
  limits: CompensationLimits;
  approvalMinutes: number;
}

/** An offer checked and priced, ready to store. */
interface PricedOffer {
  patch: Pick<CompensationActionPatch, 'kind' | 'amountMinor' | 'shippingMinor' | 'percent' | 'orderValueMinor' | 'costMinor' | 'currency' | 'reason'>;
  cost: number;
  currency: string;
}

const OFFER_ERROR_TEXT: Record<CompensationOfferError, FieldProblem> = {
  NOT_WHOLE_MINOR_UNITS: { field: 'amount', message: 'not a whole amount in this currency' },
  NOT_POSITIVE: { field: 'amount', message: 'must cost more than nothing, with no negative part' },
  PERCENT_OUT_OF_RANGE: { field: 'percent', message: 'must be above 0 and at most 100, with at most two decimals' },
  EXCEEDS_ORDER_VALUE: { field: 'amount', message: 'a partial refund cannot exceed the order value' },
  UNKNOWN_CURRENCY: { field: 'currency', message: 'not an ISO 4217 currency code' },
};

const REVIEW_ERROR: Record<CompensationReviewError, () => AppError> = {
  ROLE_CANNOT_APPROVE: () => new AppError('FORBIDDEN', 'Only a supervisor or an admin may decide on compensation.', { reason: 'ROLE_CANNOT_APPROVE' }),
  OWN_REQUEST: () => new AppError('FORBIDDEN', 'You cannot approve your own compensation request.', { reason: 'OWN_REQUEST' }),
  OVER_APPROVER_LIMIT: () => new AppError('FORBIDDEN', 'This is above your own compensation limit on the order; an admin must approve it.', { reason: 'OVER_APPROVER_LIMIT' }),
  NOT_WAITING_FOR_APPROVAL: () =>
    new AppError('BAD_USER_INPUT', 'This compensation is not waiting for approval.', { reason: 'NOT_WAITING_FOR_APPROVAL', fields: [{ field: 'state', message: 'not REQUESTED' }] }),
  REASON_REQUIRED: () => badUserInput('Give a reason for the decision.', [{ field: 'reason', message: 'required' }]),
};

const NO_TRANSITION = (from: CompensationState, to: CompensationState) =>
  new AppError('BAD_USER_INPUT', `A ${from} compensation cannot become ${to}.`, { reason: 'INVALID_TRANSITION', fields: [{ field: 'state', message: `${from} → ${to} is not allowed` }] });

/**
 * Compensation offered to buyers (issue #6): requests checked against per-role, per-order limits (libs/domain
 * compensation), supervisor approval with its own clock, execution, outcomes and the cost report. Every
 * change happens in one transaction with its timeline entries, outbox events and the risk pool's signal.
 */
@Injectable()
export class CompensationService {
  constructor(
    private readonly repo: CompensationRepository,
    private readonly tickets: TicketsRepository,
    private readonly sla: SlaRepository,
    private readonly outbox: OutboxService,
    private readonly risk: RiskRecomputeService,
    private readonly connectors: CompensationConnectorRegistry,
  ) {}

  // ---- queries ----

  async ofTickets(organizationId: string, ticketIds: readonly string[]): Promise<CompensationActionType[][]> {
    const rows = await this.repo.ofTickets(organizationId, ticketIds);
    return ticketIds.map((id) => rows.filter((r) => r.ticketId === id).map(toCompensationActionType));
  }

  async approvals(auth: AuthUser, storeId: string | null, first: number, after: string | null): Promise<CompensationActionConnection> {
    const limit = checkPageSize(first, 100);
    const keyset = after ? decodeCursor(after, 2) : null;
    const rows = await this.repo.waiting(auth.organizationId, storeId, limit + 1, keyset ? { dueAt: String(keyset[0]), id: String(keyset[1]) } : null);
    const page = rows.slice(0, limit);
    const edges = page.map((r) => ({ cursor: encodeCursor([r.approvalDueAt!.toISOString(), r.id]), node: toCompensationActionType(r) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async headroom(auth: AuthUser, ticketId: string, currencyInput: string | null): Promise<CompensationHeadroomType> {
    const m = this.repo.manager;
    const ticket = await this.repo.ticket(m, auth.organizationId, ticketId);
    if (!ticket) throw notFound('The ticket');
    const order = ticket.marketplaceOrderId ? await this.repo.orderItems(m, auth.organizationId, ticket.storeId, ticket.marketplaceOrderId) : null;
    const value = order ? orderValueOf(order) : null;
    const currency = this.currencyOf(currencyInput ?? value?.currency ?? 'EUR');
    const { limits } = await this.settingsOf(m, auth.organizationId);
    const granted = compensationGrantedForOrder(await this.repo.orderCompensation(m, auth.organizationId, ticket.storeId, ticket.marketplaceOrderId, ticket.id), currency);
    const check = checkCompensationLimit({ role: auth.role, currency, cost: 0, alreadyGrantedForOrder: granted, limits });
    return {
      ticketId: ticket.id,
      marketplaceOrderId: ticket.marketplaceOrderId,
      currency,
      role: auth.role,
      limit: limitAsDecimal(auth.role, currency, limits),
      alreadyGranted: formatMinorAsDecimal(granted, currency),
      left: check.headroomMinor === null ? null : formatMinorAsDecimal(check.headroomMinor, currency),
      orderValue: value ? formatMinorAsDecimal(value.valueMinor, value.currency) : null,
      orderCurrency: value?.currency ?? null,
    };
  }

  async settings(auth: AuthUser): Promise<CompensationSettingsType> {
    const row = await this.repo.settings(this.repo.manager, auth.organizationId);
    if (!row) return toCompensationSettingsType(DEFAULT_COMPENSATION_LIMITS, DEFAULT_COMPENSATION_APPROVAL_MINUTES, 0, null);
    return toCompensationSettingsType(row.limits, row.approvalMinutes, row.version, row.updatedAt);
  }

  async updateSettings(auth: AuthUser, input: UpdateCompensationLimitsInput): Promise<CompensationSettingsType> {
    const approvalMinutes = Math.round(input.approvalHours * 60);
    const problems = validateCompensationApprovalMinutes(approvalMinutes);
    if (problems.length) throw badUserInput('The approval target is not valid.', problems.map((message) => ({ field: 'approvalHours', message })));
    await this.repo.transaction(async (m) => {
      await this.repo.lock(m, `compensation-settings:${auth.organizationId}`);
      const current = await this.repo.settings(m, auth.organizationId);
      const currentVersion = current?.version ?? 0;
      if (input.version !== currentVersion) throw conflict('The compensation settings', currentVersion);
      const limits = limitsFromInput(current?.limits ?? DEFAULT_COMPENSATION_LIMITS, input.limits);
      const invalid = validateCompensationLimits(limits);
      if (invalid.length) throw badUserInput('The compensation limits are not valid.', invalid.map((message) => ({ field: 'limits', message })));
      if (!(await this.repo.saveSettings(m, auth.organizationId, input.version, { limits, approvalMinutes, updatedBy: auth.userId }))) {
        throw conflict('The compensation settings', currentVersion);
      }
    });
    return this.settings(auth);
  }

  async report(auth: AuthUser, storeId: string | null, from: Date, to: Date): Promise<CompensationReportRowType[]> {
    if (!(from < to)) throw badUserInput('from must be before to.', [{ field: 'to', message: 'after from' }]);
    if (storeId && !(await this.repo.storeExists(auth.organizationId, storeId))) throw notFound('The store');
    const [rows, names] = await Promise.all([this.repo.executedBetween(auth.organizationId, storeId, from, to), this.repo.storeNames(auth.organizationId)]);
    return compensationReport(rows).map((r) => toCompensationReportRowType(r, names.get(r.storeId) ?? '—'));
  }

  // ---- changes ----

  async request(auth: AuthUser, input: RequestCompensationInput): Promise<CompensationActionType> {
    const id = await this.repo.transaction(async (m) => {
      const ticket = await this.repo.ticket(m, auth.organizationId, input.ticketId);
      if (!ticket) throw notFound('The ticket');
      const offer = await this.price(m, auth.organizationId, ticket, input);
      const settings = await this.settingsOf(m, auth.organizationId);
      await this.lockOrder(m, auth.organizationId, ticket);
      const granted = compensationGrantedForOrder(await this.repo.orderCompensation(m, auth.organizationId, ticket.storeId, ticket.marketplaceOrderId, ticket.id), offer.currency);
      const outcome = requestCompensation({ role: auth.role, currency: offer.currency, cost: offer.cost, alreadyGrantedForOrder: granted, reason: offer.patch.reason!, limits: settings.limits });
      const now = await this.repo.now(m);
      const approval = outcome.state === 'REQUESTED' ? compensationApprovalClock(now.getTime(), settings.approvalMinutes) : null;
      const clockId = approval ? randomUUID() : null;
      const actionId = await this.repo.insertAction(m, {
        organizationId: auth.organizationId,
        storeId: ticket.storeId,
        ticketId: ticket.id,
        marketplaceOrderId: ticket.marketplaceOrderId,
        ...offer.patch,
        state: outcome.state,
        requestedBy: auth.userId,
        requestedRole: auth.role,
        approvalDueAt: approval ? new Date(approval.dueAt) : null,
        approvalClockId: clockId,
      });
      if (approval && clockId) {
        await this.sla.insertClocks(m, [
          {
            id: clockId,
            organizationId: auth.organizationId,
            ticketId: ticket.id,
            messageId: null,
            kind: 'COMPENSATION_APPROVAL',
            policyId: null,
            hours: 'CALENDAR',
            startedAt: now,
            dueAt: new Date(approval.dueAt),
            warnAt: new Date(approval.warnAt),
          },
        ]);
      }
      await this.tickets.appendTimeline(
        m,
        auth.organizationId,
        ticket.id,
        outcome.changes.map((change) => this.timelineOf(auth, change, { id: actionId, kind: offer.patch.kind!, cost: offer.cost, currency: offer.currency })),
      );
      await this.afterChange(m, auth.organizationId, actionId);
      return actionId;
    });
    return this.get(auth.organizationId, id);
  }

  async edit(auth: AuthUser, input: EditCompensationInput): Promise<CompensationActionType> {
    return this.change(auth, input.id, input.version, async (m, action, ticket) => {
      if (!canEditCompensation(action)) {
        throw new AppError('BAD_USER_INPUT', `A ${action.state} compensation cannot be edited; request more compensation as a new action.`, {
          reason: 'COMPENSATION_NOT_EDITABLE',
          fields: [{ field: 'state', message: `${action.state} is final` }],
        });
      }
      if (action.requestedBy !== auth.userId && !roleAtLeast(auth.role, 'SUPERVISOR')) throw forbidden('Only the requester or a supervisor may edit this request.');
      const offer = await this.price(m, auth.organizationId, ticket, input);
      const settings = await this.settingsOf(m, auth.organizationId);
      await this.lockOrder(m, auth.organizationId, ticket);
      // Re-checked against the requester's limit, without this action itself (libs/domain limits.ts).
      const granted = compensationGrantedForOrder(await this.repo.orderCompensation(m, auth.organizationId, ticket.storeId, ticket.marketplaceOrderId, ticket.id), offer.currency, action.id);
      const outcome = requestCompensation({ role: action.requestedRole, currency: offer.currency, cost: offer.cost, alreadyGrantedForOrder: granted, reason: offer.patch.reason!, limits: settings.limits });
      const patch: CompensationActionPatch = { ...offer.patch };
      const events: TimelineAppend[] = [
        {
          type: 'COMPENSATION_EDITED',
          actorType: 'USER',
          actorId: auth.userId,
          data: { actionId: action.id, kind: offer.patch.kind, cost: formatMinorAsDecimal(offer.cost, offer.currency), previousCost: formatMinorAsDecimal(Number(action.costMinor), action.currency), currency: offer.currency },
        },
      ];
      if (outcome.autoApproved) {
        Object.assign(patch, { state: 'APPROVED', approvalDueAt: null } satisfies CompensationActionPatch);
        events.push(this.timelineOf(auth, outcome.changes[1]!, { id: action.id, kind: offer.patch.kind!, cost: offer.cost, currency: offer.currency }));
        if (action.approvalClockId) await this.sla.meetClock(m, auth.organizationId, action.approvalClockId);
      }
      return { patch, events };
    });
  }

  approve(auth: AuthUser, input: ReviewCompensationInput): Promise<CompensationActionType> {
    return this.review(auth, input, 'APPROVE');
  }

  reject(auth: AuthUser, input: ReviewCompensationInput): Promise<CompensationActionType> {
    return this.review(auth, input, 'REJECT');
  }

  private review(auth: AuthUser, input: ReviewCompensationInput, decision: 'APPROVE' | 'REJECT'): Promise<CompensationActionType> {
    return this.change(auth, input.id, input.version, async (m, action, ticket) => {
      const settings = await this.settingsOf(m, auth.organizationId);
      await this.lockOrder(m, auth.organizationId, ticket);
      const granted = compensationGrantedForOrder(await this.repo.orderCompensation(m, auth.organizationId, ticket.storeId, ticket.marketplaceOrderId, ticket.id), action.currency, action.id);
      const result = reviewCompensation({
        state: action.state,
        decision,
        reason: input.reason,
        reviewerRole: auth.role,
        reviewerId: auth.userId,
        requestedBy: action.requestedBy,
        currency: action.currency,
        cost: Number(action.costMinor),
        alreadyGrantedForOrder: granted,
        limits: settings.limits,
      });
      if (!result.ok) throw REVIEW_ERROR[result.error]();
      if (action.approvalClockId) await this.sla.meetClock(m, auth.organizationId, action.approvalClockId);
      const now = await this.repo.now(m);
      return {
        patch: { state: result.change.to, reviewedBy: auth.userId, reviewedAt: now, reviewReason: result.change.reason },
        events: [this.timelineOf(auth, result.change, { id: action.id, kind: action.kind, cost: Number(action.costMinor), currency: action.currency })],
      };
    });
  }

  async execute(auth: AuthUser, input: ExecuteCompensationInput): Promise<CompensationActionType> {
    return this.change(auth, input.id, input.version, async (m, action, ticket) => {
      if (!canTransitionCompensation(action.state, 'EXECUTED')) throw NO_TRANSITION(action.state, 'EXECUTED');
      const connector = this.connectors.for(ticket.marketplace);
      let reference = input.reference?.trim() ?? '';
      let by: 'CONNECTOR' | 'USER' = 'USER';
      if (connector) {
        reference = (
          await connector.execute({
            organizationId: auth.organizationId,
            storeId: ticket.storeId,
            actionId: action.id,
            marketplaceOrderId: action.marketplaceOrderId,
            kind: action.kind,
            costMinor: Number(action.costMinor),
            currency: action.currency,
          })
        ).reference;
        by = 'CONNECTOR';
      } else if (reference === '') {
        throw badUserInput(`No ${ticket.marketplace} connector carries out compensation: do it on the marketplace and give its reference.`, [{ field: 'reference', message: 'required' }]);
      }
      const now = await this.repo.now(m);
      return {
        patch: { state: 'EXECUTED', executedBy: auth.userId, executedAt: now, executionReference: reference },
        events: [{ type: 'COMPENSATION_EXECUTED', actorType: by, actorId: auth.userId, data: { actionId: action.id, kind: action.kind, from: action.state, to: 'EXECUTED', reference } }],
      };
    });
  }

  async markFailed(auth: AuthUser, input: ReviewCompensationInput): Promise<CompensationActionType> {
    return this.change(auth, input.id, input.version, async (_m, action) => {
      if (!canTransitionCompensation(action.state, 'FAILED')) throw NO_TRANSITION(action.state, 'FAILED');
      const reason = input.reason.trim();
      if (!reason) throw badUserInput('Say why it failed.', [{ field: 'reason', message: 'required' }]);
      return {
        patch: { state: 'FAILED', failureReason: reason },
        events: [{ type: 'COMPENSATION_FAILED', actorType: 'USER', actorId: auth.userId, data: { actionId: action.id, kind: action.kind, from: action.state, to: 'FAILED', reason } }],
      };
    });
  }

  async recordOutcome(auth: AuthUser, input: RecordCompensationOutcomeInput): Promise<CompensationActionType> {
    return this.change(auth, input.id, input.version, async (m, action) => {
      if (action.state !== 'EXECUTED') {
        throw new AppError('BAD_USER_INPUT', 'An outcome is recorded once the compensation was executed.', { reason: 'NOT_EXECUTED', fields: [{ field: 'state', message: 'not EXECUTED' }] });
      }
      const now = await this.repo.now(m);
      return {
        patch: { outcome: input.outcome, outcomeAt: now },
        events: [{ type: 'COMPENSATION_OUTCOME', actorType: 'USER', actorId: auth.userId, data: { actionId: action.id, kind: action.kind, outcome: input.outcome, previousOutcome: action.outcome } }],
      };
    });
  }

  // ---- shared steps ----

  private async get(organizationId: string, id: string): Promise<CompensationActionType> {
    const view = await this.repo.view(organizationId, id);
    if (!view) throw notFound('The compensation');
    return toCompensationActionType(view);
  }

  /**
   * A versioned change of one action: locks it, checks the version (stale → CONFLICT, nothing written),
   * lets `apply` decide, then writes the patch, the timeline and the events in the same transaction.
   */
  private async change(
    auth: AuthUser,
    id: string,
    version: number,
    apply: (
      m: EntityManager,
      action: CompensationActionEntity,
      ticket: CompensationTicket,
    ) => Promise<{ patch: CompensationActionPatch; events: TimelineAppend[] }>,
  ): Promise<CompensationActionType> {
    await this.repo.transaction(async (m) => {
      const action = await this.repo.action(m, auth.organizationId, id, true);
      if (!action) throw notFound('The compensation');
      if (action.version !== version) throw conflict('The compensation', action.version);
      const ticket = await this.repo.ticket(m, auth.organizationId, action.ticketId);
      if (!ticket) throw notFound('The ticket');
      const { patch, events } = await apply(m, action, ticket);
      if (!(await this.repo.updateAction(m, auth.organizationId, id, version, patch))) throw conflict('The compensation', action.version);
      await this.tickets.appendTimeline(m, auth.organizationId, action.ticketId, events);
      await this.afterChange(m, auth.organizationId, id);
    });
    return this.get(auth.organizationId, id);
  }

  /** Events for the consoles and the risk pool's signal, after every change. */
  private async afterChange(m: EntityManager, organizationId: string, actionId: string): Promise<void> {
    const a = (await this.repo.view(organizationId, actionId, m))!;
    await this.outbox.append(m, { organizationId, type: 'compensation.changed', payload: { ticketId: a.ticketId, actionId: a.id, storeId: a.storeId, state: a.state, version: a.version } });
    if (a.state === 'REQUESTED' && a.approvalDueAt) {
      await this.outbox.append(m, {
        organizationId,
        type: 'compensation.approvalRequested',
        payload: {
          ticketId: a.ticketId,
          actionId: a.id,
          storeId: a.storeId,
          requestedBy: a.requestedBy,
          kind: a.kind,
          cost: formatMinorAsDecimal(Number(a.costMinor), a.currency),
          currency: a.currency,
          approvalDueAt: a.approvalDueAt.toISOString(),
        },
      });
    }
    if (a.marketplaceOrderId) await this.risk.ordersChanged(m, organizationId, a.storeId, [a.marketplaceOrderId]);
  }

  private timelineOf(auth: AuthUser, change: CompensationStateChange, action: { id: string; kind: string; cost: number; currency: string }): TimelineAppend {
    const type = change.to === 'REQUESTED' ? 'COMPENSATION_REQUESTED' : change.to === 'APPROVED' ? 'COMPENSATION_APPROVED' : 'COMPENSATION_REJECTED';
    return {
      type,
      actorType: change.automatic ? 'SYSTEM' : 'USER',
      actorId: change.automatic ? null : auth.userId,
      data: {
        actionId: action.id,
        kind: action.kind,
        cost: formatMinorAsDecimal(action.cost, action.currency),
        currency: action.currency,
        from: change.from,
        to: change.to,
        automatic: change.automatic,
        reason: change.reason,
      },
    };
  }

  /** One request at a time per order (per ticket without an order): the limit check cannot be raced past. */
  private lockOrder(m: EntityManager, organizationId: string, ticket: CompensationTicket): Promise<void> {
    const unit = ticket.marketplaceOrderId ? `order:${ticket.marketplaceOrderId}` : `ticket:${ticket.id}`;
    return this.repo.lock(m, `compensation:${organizationId}:${ticket.storeId}:${unit}`);
  }

  private async settingsOf(m: EntityManager, organizationId: string): Promise<Settings> {
    const row = await this.repo.settings(m, organizationId);
    return row ? { limits: row.limits, approvalMinutes: row.approvalMinutes } : { limits: DEFAULT_COMPENSATION_LIMITS, approvalMinutes: DEFAULT_COMPENSATION_APPROVAL_MINUTES };
  }

  private currencyOf(code: string): string {
    const currency = code.trim().toUpperCase();
    if (!isKnownCurrency(currency)) throw badUserInput(`${code} is not a currency Lifeline knows.`, [{ field: 'currency', message: 'not an ISO 4217 currency code' }]);
    return currency;
  }

  /** Parses and checks an offer against the ticket's order; BAD_USER_INPUT with the fields at fault. */
  private async price(m: EntityManager, organizationId: string, ticket: CompensationTicket, input: CompensationOfferInput): Promise<PricedOffer> {
    const items = ticket.marketplaceOrderId ? await this.repo.orderItems(m, organizationId, ticket.storeId, ticket.marketplaceOrderId) : null;
    const value = items ? orderValueOf(items) : null;
    if (!input.currency && !value) throw badUserInput('Give the currency: the ticket has no order with prices.', [{ field: 'currency', message: 'required' }]);
    const currency = this.currencyOf(input.currency ?? value!.currency);
    const reason = input.reason.trim();
    if (!reason) throw badUserInput('Give a reason for the compensation.', [{ field: 'reason', message: 'required' }]);
    const minor = (field: 'amount' | 'itemCost' | 'shippingCost' | 'couponValue' | 'labelCost', required = true): number | null => {
      const raw = input[field];
      if (raw === null || raw === undefined || raw === '') {
        if (required) throw badUserInput(`${field} is required for ${input.kind}.`, [{ field, message: 'required' }]);
        return null;
      }
      try {
        return parseMoneyToMinor(raw, currency);
      } catch (e) {
        throw badUserInput(`${field}: ${(e as Error).message}`, [{ field, message: 'not an amount in this currency' }]);
      }
    };
    const orderValueInCurrency = value && value.currency === currency ? value.valueMinor : null;
    const needsOrderValue = input.kind === 'FULL_REFUND' || (input.kind === 'PARTIAL_REFUND' && input.amount == null);
    if (needsOrderValue && orderValueInCurrency === null) {
      throw badUserInput(`A ${input.kind === 'FULL_REFUND' ? 'full refund' : 'refund by percent'} needs the order's value in ${currency}.`, [{ field: 'kind', message: 'no order value in this currency' }]);
    }
    let offer: CompensationCostInput;
    let amountMinor: number | null = null;
    let shippingMinor: number | null = null;
    let percent: number | null = null;
    switch (input.kind) {
      case 'PARTIAL_REFUND':
        if ((input.amount == null) === (input.percent == null)) throw badUserInput('Give either an amount or a percent.', [{ field: 'amount', message: 'exactly one of amount, percent' }]);
        if (input.amount != null) {
          amountMinor = minor('amount');
          // Without a known order value the refund cannot be compared with it; the amount stands alone.
          offer = { kind: 'PARTIAL_REFUND', amountMinor: amountMinor!, currency, orderValueMinor: orderValueInCurrency ?? amountMinor! };
        } else {
          percent = input.percent!;
          offer = { kind: 'PARTIAL_REFUND', percent, currency, orderValueMinor: orderValueInCurrency! };
        }
        break;
      case 'FULL_REFUND':
        offer = { kind: 'FULL_REFUND', currency, orderValueMinor: orderValueInCurrency! };
        break;
      case 'RESHIPMENT':
      case 'REPLACEMENT':
        amountMinor = minor('itemCost');
        shippingMinor = minor('shippingCost', false) ?? 0;
        offer = { kind: input.kind, itemCostMinor: amountMinor!, shippingCostMinor: shippingMinor, currency, orderValueMinor: orderValueInCurrency ?? 0 };
        break;
      case 'COUPON':
        amountMinor = minor('couponValue');
        offer = { kind: 'COUPON', couponValueMinor: amountMinor!, currency, orderValueMinor: orderValueInCurrency ?? 0 };
        break;
      case 'PREPAID_RETURN_LABEL':
        amountMinor = minor('labelCost');
        offer = { kind: 'PREPAID_RETURN_LABEL', labelCostMinor: amountMinor!, currency, orderValueMinor: orderValueInCurrency ?? 0 };
        break;
    }
    const errors = validateCompensationOffer(offer);
    if (errors.length) throw badUserInput('The compensation is not valid.', errors.map((e) => OFFER_ERROR_TEXT[e]));
    const cost = costOf(offer);
    return {
      cost,
      currency,
      patch: {
        kind: input.kind,
        amountMinor: amountMinor === null ? null : String(amountMinor),
        shippingMinor: shippingMinor === null ? null : String(shippingMinor),
        percent: percent === null ? null : percent.toFixed(2),
        orderValueMinor: orderValueInCurrency === null ? null : String(orderValueInCurrency),
        costMinor: String(cost),
        currency,
        reason,
      },
    };
  }
}
