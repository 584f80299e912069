import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  isCurrencyCode,
  parseMoneyToMinor,
  riskSettingsProblems,
  roleAtLeast,
  validateRiskSettings,
  withRiskDefaults,
  type OrderValueBand,
  type RiskReasonCode,
  type RiskSettings,
} from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { AppError, badUserInput, conflict, forbidden, notFound } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { OutboxService } from '../realtime/outbox.service';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type { TicketType } from '../tickets/dto/ticket.types';
import { toTicketType } from '../tickets/tickets.mappers';
import type { OrderRiskConnection, OrderRiskType, RiskPoolFilterInput, RiskSettingsInput, RiskSettingsType } from './dto/risk.types';
import type { OrderRiskEntity } from './entities/order-risk.entity';
import { RISK_CHUNK, RiskRecomputeService } from './risk-recompute.service';
import { toOrderRiskType, toRiskSettingsType } from './risk.mappers';
import { RiskRepository } from './risk.repository';

const MAX_NOTE = 2_000;

/**
 * The high-risk pool as agents work it: list it in pool order, claim an order (one agent at a time), release
 * it, mark it handled or reopen it; admins tune weights and threshold. Every change takes the version last
 * read and is refused when stale.
 */
@Injectable()
export class RiskService {
  private readonly logger = new Logger('RiskService');

  constructor(
    private readonly repo: RiskRepository,
    private readonly recompute: RiskRecomputeService,
    private readonly outbox: OutboxService,
    private readonly tenancy: TenancyRepository,
  ) {}

  async pool(auth: AuthUser, filter: RiskPoolFilterInput | null | undefined, first: number, after?: string | null): Promise<OrderRiskConnection> {
    checkPageSize(first);
    const position = after ? decodeCursor(after, 4) : undefined;
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (
      position &&
      (typeof position[0] !== 'number' ||
        typeof position[2] !== 'number' ||
        !UUID.test(String(position[3])) ||
        (position[1] !== '' && Number.isNaN(Date.parse(String(position[1])))))
    ) {
      throw badUserInput('The cursor is not valid.', [{ field: 'after', message: 'not a cursor this list returned' }]);
    }
    const rows = await this.repo.pool(
      auth.organizationId,
      {
        storeId: filter?.storeId,
        language: filter?.language,
        reason: filter?.reason,
        claimedBy: filter?.mine ? auth.userId : filter?.claimedBy,
        unclaimed: filter?.unclaimed,
      },
      first,
      // A cursor's deadline is an ISO string, or "" for none (cursors hold strings and numbers only).
      position && { score: Number(position[0]), nextDeadline: position[1] ? String(position[1]) : null, orderValueMinor: Number(position[2]), id: String(position[3]) },
    );
    const edges = rows.slice(0, first).map((r) => ({
      cursor: encodeCursor([r.score, r.nextDeadline?.toISOString() ?? '', r.orderValueMinor, r.id]),
      node: toOrderRiskType(r),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** An order's score for the ticket view; null when Lifeline has not scored the order. */
  async orderRisk(auth: AuthUser, storeId: string, marketplaceOrderId: string): Promise<OrderRiskType | null> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
    const row = await this.repo.byOrder(auth.organizationId, storeId, marketplaceOrderId.trim());
    return row ? toOrderRiskType(row) : null;
  }

  /** Tickets about each order, for a page of pool entries in one query (keys `storeId|orderId`). */
  async ticketsOfOrders(organizationId: string, keys: readonly string[]): Promise<TicketType[][]> {
    const orders = keys.map((k) => {
      const [storeId, ...rest] = k.split('|');
      return { storeId: storeId!, marketplaceOrderId: rest.join('|') };
    });
    const tickets = await this.repo.ticketsOfOrders(organizationId, orders);
    return keys.map((k) => tickets.filter((t) => `${t.storeId}|${t.marketplaceOrderId}` === k).map(toTicketType));
  }

  /**
   * Exclusive: a conditional UPDATE takes a free order only. Two agents claiming at once both send the same
   * version; the second UPDATE waits for the first, finds the version moved and changes nothing, and its
   * caller hears who holds the order.
   */
  async claim(auth: AuthUser, id: string, version: number): Promise<OrderRiskType> {
    return this.repo.transaction(async (m) => {
      const claimed = await this.repo.conditionalUpdate(
        m,
        auth.organizationId,
        id,
        version,
        'claimed_by = $4, claimed_at = now()',
        'claimed_by IS NULL AND resolved_at IS NULL',
        [auth.userId],
      );
      if (!claimed) {
        const current = await this.current(m, auth, id);
        if (current.claimedBy === auth.userId) return toOrderRiskType(current);
        if (current.claimedBy) throw await this.heldBy(current);
        if (current.resolvedAt) throw badUserInput('The order was marked handled; reopen it first.');
        throw conflict('The order', current.version);
      }
      await this.emitClaimed(m, claimed, null);
      return toOrderRiskType(claimed);
    });
  }

  /** The holder lets go; a supervisor may release anyone's claim. */
  async release(auth: AuthUser, id: string, version: number): Promise<OrderRiskType> {
    const supervisor = roleAtLeast(auth.role, 'SUPERVISOR');
    return this.repo.transaction(async (m) => {
      const before = await this.current(m, auth, id);
      if (!before.claimedBy) return toOrderRiskType(before);
      if (before.claimedBy !== auth.userId && !supervisor) throw forbidden(`Only ${await this.userName(before)} or a supervisor can release this order.`);
      const released = await this.repo.conditionalUpdate(m, auth.organizationId, id, version, 'claimed_by = NULL, claimed_at = NULL', 'claimed_by = $4', [before.claimedBy]);
      if (!released) throw conflict('The order', (await this.current(m, auth, id)).version);
      await this.emitClaimed(m, released, before.claimedBy);
      return toOrderRiskType(released);
    });
  }

  /**
   * Marks the risk handled: the order leaves the pool (and its claim ends) until a reason it did not have
   * appears. The holder, anyone while it is unclaimed, or a supervisor.
   */
  async resolve(auth: AuthUser, id: string, version: number, note: string | null | undefined): Promise<OrderRiskType> {
    const text = note?.trim() || null;
    if (text && text.length > MAX_NOTE) throw badUserInput(`The note is longer than ${MAX_NOTE} characters.`, [{ field: 'note', message: `at most ${MAX_NOTE} characters` }]);
    const supervisor = roleAtLeast(auth.role, 'SUPERVISOR');
    return this.repo.transaction(async (m) => {
      const before = await this.current(m, auth, id);
      const resolved = await this.repo.conditionalUpdate(
        m,
        auth.organizationId,
        id,
        version,
        `resolved_at = now(), resolved_by = $4, resolution_note = $5, in_pool = false, claimed_by = NULL, claimed_at = NULL,
         resolved_codes = ARRAY(SELECT jsonb_array_elements(reasons) ->> 'code')`,
        'resolved_at IS NULL AND (claimed_by IS NULL OR claimed_by = $4 OR $6)',
        [auth.userId, text, supervisor],
      );
      if (!resolved) {
        const current = await this.current(m, auth, id);
        if (current.resolvedAt) return toOrderRiskType(current);
        if (current.version !== version) throw conflict('The order', current.version);
        throw await this.heldBy(current);
      }
      await this.emitChanged(m, resolved, before.inPool);
      return toOrderRiskType(resolved);
    });
  }

  /** Takes a handled order back: it is in the pool again when its score reaches the threshold. */
  async reopen(auth: AuthUser, id: string, version: number): Promise<OrderRiskType> {
    return this.repo.transaction(async (m) => {
      const { threshold } = await this.recompute.settings(m, auth.organizationId);
      const before = await this.current(m, auth, id);
      const reopened = await this.repo.conditionalUpdate(
        m,
        auth.organizationId,
        id,
        version,
        'resolved_at = NULL, resolved_by = NULL, resolution_note = NULL, resolved_codes = NULL, in_pool = score >= $4',
        'resolved_at IS NOT NULL',
        [threshold],
      );
      if (!reopened) {
        const current = await this.current(m, auth, id);
        if (!current.resolvedAt) return toOrderRiskType(current);
        throw conflict('The order', current.version);
      }
      await this.emitChanged(m, reopened, before.inPool);
      return toOrderRiskType(reopened);
    });
  }

  async settings(auth: AuthUser): Promise<RiskSettingsType> {
    const row = await this.repo.settings(auth.organizationId);
    return toRiskSettingsType(withRiskDefaults(row?.settings), row?.version ?? 1, row?.updatedAt ?? null);
  }

  /**
   * Validates (libs/domain validateRiskSettings, every problem listed), saves with the version read, then
   * re-scores the organisation's orders so the pool follows the new weights and threshold.
   */
  async updateSettings(auth: AuthUser, version: number, input: RiskSettingsInput): Promise<RiskSettingsType> {
    const saved = await this.repo.transaction(async (m) => {
      const stored = await this.repo.settings(auth.organizationId, m);
      const current = withRiskDefaults(stored?.settings);
      const next = this.merge(current, input);
      const problems = validateRiskSettings(next);
      if (problems.length) throw badUserInput('Some risk settings are not valid.', riskSettingsProblems(problems));
      const row = await this.repo.saveSettings(m, auth.organizationId, version, next, auth.userId);
      if (!row) throw conflict('The risk settings', stored?.version ?? 1);
      return row;
    });
    await this.rescoreOrganization(auth.organizationId);
    return toRiskSettingsType(withRiskDefaults(saved.settings), saved.version, saved.updatedAt);
  }

  /** Every scored order of the organisation again, a chunk per transaction (after a settings change, after a seed). */
  async rescoreOrganization(organizationId: string, now = Date.now()): Promise<number> {
    let after: { storeId: string; orderId: string } | null = null;
    let count = 0;
    for (;;) {
      const keys = await this.repo.orderKeys(organizationId, after, RISK_CHUNK);
      if (keys.length === 0) break;
      const byStore = new Map<string, string[]>();
      for (const k of keys) byStore.set(k.store_id, [...(byStore.get(k.store_id) ?? []), k.marketplace_order_id]);
      await this.repo.transaction(async (m) => {
        for (const [storeId, ids] of byStore) await this.recompute.ordersChanged(m, organizationId, storeId, ids, now);
      });
      count += keys.length;
      const last = keys.at(-1)!;
      after = { storeId: last.store_id, orderId: last.marketplace_order_id };
    }
    this.logger.debug(`re-scored ${count} orders of ${organizationId}`);
    return count;
  }

  private merge(current: RiskSettings, input: RiskSettingsInput): RiskSettings {
    const problems: { field: string; message: string }[] = [];
    const weights = { ...current.weights };
    for (const w of input.weights ?? []) weights[w.code as RiskReasonCode] = w.weight;
    let orderValueBands = current.orderValueBands;
    if (input.orderValueBands) {
      const bands: Record<string, OrderValueBand[]> = {};
      for (const c of input.orderValueBands) {
        if (!isCurrencyCode(c.currency)) continue;
        if (bands[c.currency]) problems.push({ field: `orderValueBands.${c.currency}`, message: 'listed twice' });
        bands[c.currency] = c.bands.map((b) => {
          try {
            return { fromMinor: parseMoneyToMinor(b.from, c.currency), share: b.share };
          } catch (e) {
            problems.push({ field: `orderValueBands.${c.currency}`, message: (e as Error).message });
            return { fromMinor: 0, share: b.share };
          }
        });
      }
      orderValueBands = bands;
    }
    if (problems.length) throw badUserInput('Some risk settings are not valid.', problems);
    const pick = <T>(value: T | null | undefined, fallback: T): T => (value === null || value === undefined ? fallback : value);
    return {
      weights,
      threshold: pick(input.threshold, current.threshold),
      orderValueBands,
      trackingScanGraceHours: pick(input.trackingScanGraceHours, current.trackingScanGraceHours),
      returnHandlingHours: pick(input.returnHandlingHours, current.returnHandlingHours),
      repeatedContacts: {
        count: pick(input.repeatedContactsCount, current.repeatedContacts.count),
        withinHours: pick(input.repeatedContactsWithinHours, current.repeatedContacts.withinHours),
      },
      overdueFullAfterDays: pick(input.overdueFullAfterDays, current.overdueFullAfterDays),
      deadlines: {
        aToZResponseHours: pick(input.aToZResponseHours, current.deadlines.aToZResponseHours),
        chargebackResponseDays: pick(input.chargebackResponseDays, current.deadlines.chargebackResponseDays),
        returnResponseHours: pick(input.returnResponseHours, current.deadlines.returnResponseHours),
        buyerMessageResponseHours: pick(input.buyerMessageResponseHours, current.deadlines.buyerMessageResponseHours),
      },
    };
  }

  private async current(m: EntityManager, auth: AuthUser, id: string): Promise<OrderRiskEntity> {
    const row = await this.repo.byId(auth.organizationId, id, m);
    if (!row) throw notFound('The order');
    return row;
  }

  private async userName(row: OrderRiskEntity): Promise<string> {
    const [user] = row.claimedBy ? await this.tenancy.usersByIds(row.organizationId, [row.claimedBy]) : [];
    return user?.name ?? 'another agent';
  }

  /** CONFLICT naming the agent who holds the order, so the console can say who to talk to. */
  private async heldBy(row: OrderRiskEntity): Promise<AppError> {
    const name = await this.userName(row);
    return new AppError('CONFLICT', `${name} is already working on this order.`, {
      currentVersion: row.version,
      claimedBy: { id: row.claimedBy, name },
    });
  }

  private async emitClaimed(m: EntityManager, row: OrderRiskEntity, previous: string | null): Promise<void> {
    const name = row.claimedBy ? await this.userName(row) : null;
    await this.outbox.append(m, {
      organizationId: row.organizationId,
      type: 'risk.claimed',
      payload: {
        id: row.id,
        storeId: row.storeId,
        marketplaceOrderId: row.marketplaceOrderId,
        claimedById: row.claimedBy,
        claimedByName: name,
        previousClaimedById: previous,
        version: row.version,
      },
    });
  }

  private async emitChanged(m: EntityManager, row: OrderRiskEntity, previousInPool: boolean): Promise<void> {
    await this.outbox.append(m, {
      organizationId: row.organizationId,
      type: 'risk.changed',
      payload: {
        storeId: row.storeId,
        orders: [
          {
            id: row.id,
            storeId: row.storeId,
            marketplaceOrderId: row.marketplaceOrderId,
            score: row.score,
            previousScore: row.score,
            inPool: row.inPool,
            previousInPool,
            nextDeadline: row.nextDeadline?.toISOString() ?? null,
            reasonCodes: row.reasons.map((r) => r.code),
            claimedById: row.claimedBy,
            resolved: row.resolvedAt !== null,
            version: row.version,
          },
        ],
        truncated: false,
      },
    });
  }
}
