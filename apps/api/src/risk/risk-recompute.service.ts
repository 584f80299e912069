import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  nextRiskRescoreAt,
  reopensResolvedRisk,
  riskSignalsOf,
  scoreOrder,
  withRiskDefaults,
  type EpochMs,
  type RiskReason,
  type RiskSettings,
} from '@lifeline/domain';
import type { RiskOrderChange } from '@lifeline/api-contract';
import { OutboxService } from '../realtime/outbox.service';
import { RiskRepository, type ScoredRisk, type StoredRisk } from './risk.repository';

/** Orders scored per statement batch: a 100k-row import is scored a thousand orders at a time. */
export const RISK_CHUNK = 1_000;
/** Orders listed in one `risk.changed` event; beyond it the event says `truncated` and consoles refetch. */
export const MAX_LISTED_CHANGES = 100;

const codesOf = (reasons: readonly RiskReason[]) => reasons.map((r) => r.code).join(',');
const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * The one door every change that can move an order's risk goes through (a buyer message, a claim, feedback,
 * a return, a shipment, compensation): callers name the orders, inside their own transaction, and the pool
 * follows when that transaction commits. Facts are read in SQL, scored by libs/domain (scoreOrder), written
 * back, and what consoles show is announced as `risk.changed`. It locks the named orders' risk rows until
 * the caller commits; a caller that also recomputes health calls this after HealthRecomputeService.recompute,
 * so every path takes the store's health lock before any order's risk row.
 */
@Injectable()
export class RiskRecomputeService {
  constructor(
    private readonly repo: RiskRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** The organisation's settings (stored over the defaults). */
  async settings(manager: EntityManager, organizationId: string): Promise<RiskSettings> {
    return withRiskDefaults((await this.repo.settings(organizationId, manager))?.settings);
  }

  async ordersChanged(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    marketplaceOrderIds: readonly string[],
    now: EpochMs = Date.now(),
  ): Promise<void> {
    const ids = [...new Set(marketplaceOrderIds.map((id) => id?.trim()).filter((id): id is string => !!id))].sort();
    if (ids.length === 0) return;
    const settings = await this.settings(manager, organizationId);
    for (let i = 0; i < ids.length; i += RISK_CHUNK) {
      await this.scoreChunk(manager, organizationId, storeId, ids.slice(i, i + RISK_CHUNK), settings, now);
    }
  }

  private async scoreChunk(
    m: EntityManager,
    organizationId: string,
    storeId: string,
    ids: string[],
    settings: RiskSettings,
    now: EpochMs,
  ): Promise<void> {
    const stored = await this.repo.lockOrders(m, organizationId, storeId, ids);
    const facts = await this.repo.facts(m, organizationId, storeId, ids);
    const writes: { before: StoredRisk; after: ScoredRisk }[] = [];
    for (const before of stored) {
      const { signals, language, currency } = riskSignalsOf(facts.get(before.marketplaceOrderId)!, now);
      const scored = scoreOrder(signals, settings);
      const reopen = before.resolvedAt !== null && reopensResolvedRisk(before.resolvedCodes ?? [], scored.reasons);
      const resolved = before.resolvedAt !== null && !reopen;
      const rescoreAt = nextRiskRescoreAt(signals, settings);
      const after: ScoredRisk = {
        id: before.id,
        score: scored.score,
        reasons: scored.reasons,
        nextDeadline: scored.nextDeadline === null ? null : new Date(scored.nextDeadline),
        nextDeadlineKind: scored.nextDeadlineKind,
        inPool: scored.inPool && !resolved,
        language,
        orderValueMinor: signals.orderValueMinor,
        currency,
        rescoreAt: rescoreAt === null ? null : new Date(rescoreAt),
        reopen,
      };
      const unchanged =
        !before.fresh &&
        !reopen &&
        before.score === after.score &&
        before.inPool === after.inPool &&
        JSON.stringify(before.reasons) === JSON.stringify(after.reasons) &&
        sameTime(before.nextDeadline, after.nextDeadline) &&
        before.nextDeadlineKind === after.nextDeadlineKind &&
        before.language === after.language &&
        before.orderValueMinor === after.orderValueMinor &&
        before.currency === after.currency &&
        sameTime(before.rescoreAt, after.rescoreAt);
      if (!unchanged) writes.push({ before, after });
    }
    const versions = await this.repo.saveScores(m, organizationId, writes.map((w) => w.after));

    // What a console shows: pool entries (before or after) that moved, and known orders whose score moved.
    const changes: RiskOrderChange[] = [];
    for (const { before, after } of writes) {
      const previousInPool = before.fresh ? false : before.inPool;
      const visible =
        before.inPool !== after.inPool ||
        before.score !== after.score ||
        after.reopen ||
        ((previousInPool || after.inPool) && (codesOf(before.reasons) !== codesOf(after.reasons) || !sameTime(before.nextDeadline, after.nextDeadline)));
      if (!visible || (before.fresh && !after.inPool)) continue;
      changes.push({
        id: after.id,
        storeId,
        marketplaceOrderId: before.marketplaceOrderId,
        score: after.score,
        previousScore: before.fresh ? null : before.score,
        inPool: after.inPool,
        previousInPool,
        nextDeadline: after.nextDeadline?.toISOString() ?? null,
        reasonCodes: after.reasons.map((r) => r.code),
        claimedById: before.claimedBy,
        resolved: before.resolvedAt !== null && !after.reopen,
        version: versions.get(after.id) ?? before.version,
      });
    }
    if (changes.length > 0) {
      await this.outbox.append(m, {
        organizationId,
        type: 'risk.changed',
        payload: { storeId, orders: changes.slice(0, MAX_LISTED_CHANGES), truncated: changes.length > MAX_LISTED_CHANGES },
      });
    }
  }
}
