import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CompensationLimits, CompensationOutcome, CompensationReportInput, GrantedCompensation, Marketplace } from '@lifeline/domain';
import { DATA_SOURCE } from '../database/database.tokens';
import type { OrderItem } from '../orders/entities/order.entity';
import { CompensationActionEntity } from './entities/compensation-action.entity';
import { CompensationSettingsEntity } from './entities/compensation-settings.entity';

/** The ticket a compensation is for, with what the limit and the connector need to know. */
export interface CompensationTicket {
  id: string;
  storeId: string;
  subject: string;
  marketplaceOrderId: string | null;
  marketplace: Marketplace;
}

/** An action with the names the console shows. */
export interface CompensationActionView extends CompensationActionEntity {
  ticketSubject: string | null;
  storeName: string;
  requesterName: string;
  reviewerName: string | null;
  executorName: string | null;
}

export type CompensationActionPatch = Partial<
  Pick<
    CompensationActionEntity,
    | 'kind'
    | 'amountMinor'
    | 'shippingMinor'
    | 'percent'
    | 'orderValueMinor'
    | 'costMinor'
    | 'currency'
    | 'reason'
    | 'state'
    | 'approvalDueAt'
    | 'approvalClockId'
    | 'reviewedBy'
    | 'reviewedAt'
    | 'reviewReason'
    | 'executedBy'
    | 'executedAt'
    | 'executionReference'
    | 'failureReason'
    | 'outcome'
    | 'outcomeAt'
  >
>;

const COLUMN_OF: Record<keyof CompensationActionPatch, string> = {
  kind: 'kind',
  amountMinor: 'amount_minor',
  shippingMinor: 'shipping_minor',
  percent: 'percent',
  orderValueMinor: 'order_value_minor',
  costMinor: 'cost_minor',
  currency: 'currency',
  reason: 'reason',
  state: 'state',
  approvalDueAt: 'approval_due_at',
  approvalClockId: 'approval_clock_id',
  reviewedBy: 'reviewed_by',
  reviewedAt: 'reviewed_at',
  reviewReason: 'review_reason',
  executedBy: 'executed_by',
  executedAt: 'executed_at',
  executionReference: 'execution_reference',
  failureReason: 'failure_reason',
  outcome: 'outcome',
  outcomeAt: 'outcome_at',
};

const VIEW_SELECT = `
  SELECT a.*, t.subject AS ticket_subject, s.name AS store_name, rq.name AS requester_name, rv.name AS reviewer_name, ex.name AS executor_name
    FROM compensation_actions a
    JOIN stores s ON s.organization_id = a.organization_id AND s.id = a.store_id
    LEFT JOIN tickets t ON t.organization_id = a.organization_id AND t.id = a.ticket_id
    LEFT JOIN users rq ON rq.organization_id = a.organization_id AND rq.id = a.requested_by
    LEFT JOIN users rv ON rv.organization_id = a.organization_id AND rv.id = a.reviewed_by
    LEFT JOIN users ex ON ex.organization_id = a.organization_id AND ex.id = a.executed_by`;

type RawAction = Record<string, unknown>;

function toView(r: RawAction): CompensationActionView {
  return {
    organizationId: r.organization_id as string,
    id: r.id as string,
    storeId: r.store_id as string,
    ticketId: r.ticket_id as string,
    marketplaceOrderId: r.marketplace_order_id as string | null,
    kind: r.kind as CompensationActionEntity['kind'],
    amountMinor: r.amount_minor as string | null,
    shippingMinor: r.shipping_minor as string | null,
    percent: r.percent as string | null,
    orderValueMinor: r.order_value_minor as string | null,
    costMinor: r.cost_minor as string,
    currency: r.currency as string,
    reason: r.reason as string,
    state: r.state as CompensationActionEntity['state'],
    requestedBy: r.requested_by as string,
    requestedRole: r.requested_role as CompensationActionEntity['requestedRole'],
    approvalDueAt: r.approval_due_at as Date | null,
    approvalClockId: r.approval_clock_id as string | null,
    reviewedBy: r.reviewed_by as string | null,
    reviewedAt: r.reviewed_at as Date | null,
    reviewReason: r.review_reason as string | null,
    executedBy: r.executed_by as string | null,
    executedAt: r.executed_at as Date | null,
    executionReference: r.execution_reference as string | null,
    failureReason: r.failure_reason as string | null,
    outcome: r.outcome as CompensationOutcome | null,
    outcomeAt: r.outcome_at as Date | null,
    version: r.version as number,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    ticketSubject: (r.ticket_subject as string | null) ?? null,
    storeName: r.store_name as string,
    requesterName: (r.requester_name as string | null) ?? '—',
    reviewerName: r.reviewer_name as string | null,
    executorName: r.executor_name as string | null,
  };
}

/** The only place compensation rows are read or written; every statement is scoped by organisation. */
@Injectable()
export class CompensationRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  get manager(): EntityManager {
    return this.db.manager;
  }

  /** A transaction-scoped advisory lock: the per-order limit check and the insert happen one request at a time. */
  async lock(m: EntityManager, key: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  async now(m: EntityManager): Promise<Date> {
    const [row] = (await m.query(`SELECT now() AS now`)) as { now: Date }[];
    return row!.now;
  }

  async ticket(m: EntityManager, organizationId: string, ticketId: string): Promise<CompensationTicket | null> {
    const [row] = (await m.query(
      `SELECT t.id, t.store_id, t.subject, t.marketplace_order_id, s.marketplace
         FROM tickets t JOIN stores s ON s.organization_id = t.organization_id AND s.id = t.store_id
        WHERE t.organization_id = $1 AND t.id = $2`,
      [organizationId, ticketId],
    )) as { id: string; store_id: string; subject: string; marketplace_order_id: string | null; marketplace: Marketplace }[];
    return row ? { id: row.id, storeId: row.store_id, subject: row.subject, marketplaceOrderId: row.marketplace_order_id, marketplace: row.marketplace } : null;
  }

  async orderItems(m: EntityManager, organizationId: string, storeId: string, marketplaceOrderId: string): Promise<OrderItem[] | null> {
    const [row] = (await m.query(`SELECT items FROM orders WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = $3`, [
      organizationId,
      storeId,
      marketplaceOrderId,
    ])) as { items: OrderItem[] }[];
    return row ? row.items : null;
  }

  /**
   * Everything compensated on the order (in any state and currency); for a ticket without an order, on the
   * ticket. The caller holds the order's lock, so nothing is added between this read and its insert.
   */
  async orderCompensation(m: EntityManager, organizationId: string, storeId: string, marketplaceOrderId: string | null, ticketId: string): Promise<GrantedCompensation[]> {
    const rows = (await m.query(
      `SELECT id, currency, cost_minor, state FROM compensation_actions
        WHERE organization_id = $1 AND store_id = $2
          AND CASE WHEN $3::text IS NULL THEN ticket_id = $4 AND marketplace_order_id IS NULL ELSE marketplace_order_id = $3 END`,
      [organizationId, storeId, marketplaceOrderId, ticketId],
    )) as { id: string; currency: string; cost_minor: string; state: GrantedCompensation['state'] }[];
    return rows.map((r) => ({ id: r.id, currency: r.currency, costMinor: Number(r.cost_minor), state: r.state }));
  }

  settings(m: EntityManager, organizationId: string): Promise<CompensationSettingsEntity | null> {
    return m.getRepository(CompensationSettingsEntity).findOneBy({ organizationId });
  }

  /** Saves the settings if `version` is still current (0: none saved yet); false on a stale version. */
  async saveSettings(m: EntityManager, organizationId: string, version: number, row: { limits: CompensationLimits; approvalMinutes: number; updatedBy: string }): Promise<boolean> {
    if (version === 0) {
      const inserted = (await m.query(
        `INSERT INTO compensation_settings (organization_id, limits, approval_minutes, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id) DO NOTHING RETURNING 1`,
        [organizationId, JSON.stringify(row.limits), row.approvalMinutes, row.updatedBy],
      )) as unknown[];
      return inserted.length === 1;
    }
    const updated = (await m.query(
      `WITH x AS (UPDATE compensation_settings SET limits = $3, approval_minutes = $4, updated_by = $5, version = version + 1, updated_at = now()
                   WHERE organization_id = $1 AND version = $2 RETURNING 1)
       SELECT * FROM x`,
      [organizationId, version, JSON.stringify(row.limits), row.approvalMinutes, row.updatedBy],
    )) as unknown[];
    return updated.length === 1;
  }

  async insertAction(m: EntityManager, row: Partial<CompensationActionEntity>): Promise<string> {
    const result = await m.getRepository(CompensationActionEntity).insert(row);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The action, locked for the rest of the transaction when `forUpdate`. */
  action(m: EntityManager, organizationId: string, id: string, forUpdate = false): Promise<CompensationActionEntity | null> {
    const q = m.getRepository(CompensationActionEntity).createQueryBuilder('a').where('a.organization_id = :organizationId AND a.id = :id', { organizationId, id });
    if (forUpdate) q.setLock('pessimistic_write');
    return q.getOne();
  }

  /** Applies the patch if `version` is current, bumping it; false when stale (nothing changed). */
  async updateAction(m: EntityManager, organizationId: string, id: string, version: number, patch: CompensationActionPatch): Promise<boolean> {
    const keys = Object.keys(patch) as (keyof CompensationActionPatch)[];
    const sets = keys.map((k, i) => `${COLUMN_OF[k]} = $${i + 4}`);
    const rows = (await m.query(
      `WITH x AS (UPDATE compensation_actions SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
                   WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING 1)
       SELECT * FROM x`,
      [organizationId, id, version, ...keys.map((k) => patch[k])],
    )) as unknown[];
    return rows.length === 1;
  }

  async view(organizationId: string, id: string, m: EntityManager = this.db.manager): Promise<CompensationActionView | null> {
    const [row] = (await m.query(`${VIEW_SELECT} WHERE a.organization_id = $1 AND a.id = $2`, [organizationId, id])) as RawAction[];
    return row ? toView(row) : null;
  }

  /** The actions of these tickets, oldest first per ticket (the ticket view). */
  async ofTickets(organizationId: string, ticketIds: readonly string[]): Promise<CompensationActionView[]> {
    const rows = (await this.db.query(`${VIEW_SELECT} WHERE a.organization_id = $1 AND a.ticket_id = ANY($2::uuid[]) ORDER BY a.created_at, a.id`, [
      organizationId,
      [...ticketIds],
    ])) as RawAction[];
    return rows.map(toView);
  }

  /** Waiting approvals by approval deadline, then id, after the keyset (the partial index compensation_actions_waiting_idx). */
  async waiting(organizationId: string, storeId: string | null, limit: number, after: { dueAt: string; id: string } | null): Promise<CompensationActionView[]> {
    const rows = (await this.db.query(
      `${VIEW_SELECT}
        WHERE a.organization_id = $1 AND a.state = 'REQUESTED' AND ($2::uuid IS NULL OR a.store_id = $2)
          AND ($3::timestamptz IS NULL OR (a.approval_due_at, a.id) > ($3::timestamptz, $4::uuid))
        ORDER BY a.approval_due_at, a.id
        LIMIT $5`,
      [organizationId, storeId, after?.dueAt ?? null, after?.id ?? null, limit],
    )) as RawAction[];
    return rows.map(toView);
  }

  /** Executed actions in [from, to), each with its store and UTC month of execution. */
  async executedBetween(organizationId: string, storeId: string | null, from: Date, to: Date): Promise<CompensationReportInput[]> {
    const rows = (await this.db.query(
      `SELECT store_id, to_char(executed_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, currency, cost_minor, outcome
         FROM compensation_actions
        WHERE organization_id = $1 AND state = 'EXECUTED' AND ($2::uuid IS NULL OR store_id = $2) AND executed_at >= $3 AND executed_at < $4`,
      [organizationId, storeId, from, to],
    )) as { store_id: string; month: string; currency: string; cost_minor: string; outcome: CompensationOutcome | null }[];
    return rows.map((r) => ({ storeId: r.store_id, month: r.month, currency: r.currency, costMinor: Number(r.cost_minor), outcome: r.outcome }));
  }

  async storeExists(organizationId: string, storeId: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM stores WHERE organization_id = $1 AND id = $2`, [organizationId, storeId])) as unknown[];
    return rows.length === 1;
  }

  async storeNames(organizationId: string): Promise<Map<string, string>> {
    const rows = (await this.db.query(`SELECT id, name FROM stores WHERE organization_id = $1`, [organizationId])) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
