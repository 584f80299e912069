import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  claimAppealDeadline,
  claimResponseDeadline,
  currentClaimDeadline,
  deskDecisionOf,
  storedClaimDecision,
  type ClaimCaseStatus,
  type ClaimDeskDecision,
  type ClaimDecision,
  type EvidenceCompensationFacts,
  type EvidenceMessageFacts,
  type EvidenceOrderFacts,
} from '@lifeline/domain';
import { bulkUpsert, rowKey, type BulkUpsertResult, type BulkUpsertSpec } from '../database/bulk-upsert';
import { DATA_SOURCE } from '../database/database.tokens';
import { ClaimEntity, type ClaimHistoryEntry, type ClaimKind } from './entities/claim.entity';

export interface ClaimRow {
  kind: ClaimKind;
  marketplace_claim_id: string;
  marketplace_order_id: string;
  opened_at: string;
  amount: number | null;
  currency: string | null;
  status: 'OPEN' | 'CLOSED';
  decision: ClaimDecision | null;
  decided_at: string | null;
  funded_by: 'SELLER' | 'AMAZON' | null;
  chargeback_type: 'SERVICE' | 'FRAUD' | null;
  buy_shipping_protected: boolean;
}

export type ClaimColumn = keyof ClaimRow;

const SPEC: BulkUpsertSpec = {
  table: 'claims',
  keyColumns: ['kind', 'marketplace_claim_id'],
  columns: [
    { name: 'kind', type: 'text' },
    { name: 'marketplace_claim_id', type: 'text' },
    { name: 'marketplace_order_id', type: 'text' },
    { name: 'opened_at', type: 'timestamptz' },
    { name: 'amount', type: 'numeric' },
    { name: 'currency', type: 'text' },
    { name: 'status', type: 'text' },
    { name: 'decision', type: 'text' },
    { name: 'decided_at', type: 'timestamptz' },
    { name: 'funded_by', type: 'text' },
    { name: 'chargeback_type', type: 'text' },
    { name: 'buy_shipping_protected', type: 'boolean' },
    // Derived from kind and opened_at (DOMAIN.md deadlines); written whenever opened_at is.
    { name: 'respond_by', type: 'timestamptz' },
  ],
};

export const ALL_CLAIM_COLUMNS = SPEC.columns.map((c) => c.name).filter((c) => c !== 'respond_by') as ClaimColumn[];

/** Board filter; every field optional. */
export interface ClaimFilter {
  caseStatus?: ClaimCaseStatus | null;
  kind?: ClaimKind | null;
  storeId?: string | null;
}

/** Keyset position on the board: due_at ASC, id ASC. */
export interface ClaimPosition {
  dueAt: string;
  id: string;
}

/** Columns a desk change sets, by entity property. */
export type ClaimPatch = Partial<
  Pick<
    ClaimEntity,
    | 'caseStatus'
    | 'status'
    | 'decision'
    | 'fundedBy'
    | 'decidedAt'
    | 'decidedBy'
    | 'decisionNote'
    | 'respondedAt'
    | 'respondedBy'
    | 'responseText'
    | 'appealBy'
    | 'appealedAt'
    | 'appealedBy'
    | 'appealText'
    | 'dueAt'
    | 'ticketId'
  >
>;

const COLUMN: Record<keyof ClaimPatch, string> = {
  caseStatus: 'case_status',
  status: 'status',
  decision: 'decision',
  fundedBy: 'funded_by',
  decidedAt: 'decided_at',
  decidedBy: 'decided_by',
  decisionNote: 'decision_note',
  respondedAt: 'responded_at',
  respondedBy: 'responded_by',
  responseText: 'response_text',
  appealBy: 'appeal_by',
  appealedAt: 'appealed_at',
  appealedBy: 'appealed_by',
  appealText: 'appeal_text',
  dueAt: 'due_at',
  ticketId: 'ticket_id',
};

/** The value "now" in a patch: the database's clock, the same the ODR recompute compares against. */
export const DB_NOW = Symbol('now()');
type PatchValue<T> = { [K in keyof T]: T[K] | typeof DB_NOW };

const NOW_ISO = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const NO_DEADLINE = new Date('9999-12-31T00:00:00.000Z');

/** The case columns that follow from the marketplace's status and decision (a report or connector wrote them). */
export function caseColumnsOf(c: Pick<ClaimEntity, 'kind' | 'status' | 'decision' | 'fundedBy' | 'decidedAt' | 'caseStatus' | 'respondBy' | 'appealedAt'>): {
  caseStatus: ClaimCaseStatus;
  appealBy: Date | null;
  dueAt: Date;
} {
  // A decision from the marketplace closes the case; an appeal under way waits for the appeal's decision.
  const caseStatus: ClaimCaseStatus = c.status === 'CLOSED' && c.caseStatus !== 'APPEALED' ? 'DECIDED' : c.caseStatus;
  const decision = deskDecisionOf({ decision: c.decision, fundedBy: c.fundedBy });
  const decidedAt = c.decidedAt?.getTime() ?? null;
  const appealBy = claimAppealDeadline({ kind: c.kind, decision, decidedAt });
  const due = currentClaimDeadline({ kind: c.kind, status: caseStatus, respondBy: c.respondBy.getTime(), decision, decidedAt, appealedAt: c.appealedAt?.getTime() ?? null });
  // An appeal window already closed is no deadline for the board.
  const dueAt = due === null || (due.kind === 'APPEAL' && due.at < Date.now()) ? NO_DEADLINE : new Date(due.at);
  return { caseStatus, appealBy: appealBy === null ? null : new Date(appealBy), dueAt };
}

/** The only place A-to-z claims and chargebacks are read or written; every method is scoped by organisation. */
@Injectable()
export class ClaimsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** The database's clock (the transaction's start inside one): the time decisions are recorded at. */
  async now(m: EntityManager = this.db.manager): Promise<Date> {
    const [row]: { now: Date }[] = await m.query('SELECT now() AS now');
    return row!.now;
  }

  /**
   * Idempotent ingest per store by kind and marketplace id. The response deadline follows the opening
   * time; a marketplace decision closes the desk's case (the case columns are brought in line for the rows
   * this write created or changed).
   */
  async upsert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    rows: readonly ClaimRow[],
    columns: readonly ClaimColumn[] = ALL_CLAIM_COLUMNS,
  ): Promise<BulkUpsertResult> {
    const withDeadline = rows.map((r) => ({ ...r, respond_by: new Date(claimResponseDeadline(r.kind, Date.parse(r.opened_at))).toISOString() }));
    const update = columns.includes('opened_at') ? [...columns, 'respond_by'] : columns;
    const result = await bulkUpsert(manager, SPEC, organizationId, storeId, withDeadline as unknown as Record<string, unknown>[], update);
    await this.alignCases(manager, organizationId, storeId, [...result.created, ...result.updated]);
    return result;
  }

  private async alignCases(m: EntityManager, organizationId: string, storeId: string, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const rows = await this.byKeys(m, organizationId, storeId, keys);
    const changes: { id: string; case_status: ClaimCaseStatus; appeal_by: string | null; due_at: string; history: ClaimHistoryEntry[] }[] = [];
    const at = new Date().toISOString();
    for (const c of rows) {
      await this.keepDeskDecision(m, c);
      const want = caseColumnsOf(c);
      if (want.caseStatus === c.caseStatus && want.dueAt.getTime() === c.dueAt.getTime() && (want.appealBy?.getTime() ?? null) === (c.appealBy?.getTime() ?? null)) continue;
      const decided = want.caseStatus === 'DECIDED' && c.caseStatus !== 'DECIDED';
      changes.push({
        id: c.id,
        case_status: want.caseStatus,
        appeal_by: want.appealBy?.toISOString() ?? null,
        due_at: want.dueAt.toISOString(),
        history: decided ? [{ at, action: 'DECIDED', status: 'DECIDED', decision: deskDecisionOf(c), userId: null, text: 'Reported by the marketplace' }] : [],
      });
    }
    if (changes.length === 0) return;
    // One statement for the batch: a report of thousands of claims must not cost a round trip each.
    await m.query(
      `UPDATE claims c SET case_status = x.case_status, appeal_by = x.appeal_by, due_at = x.due_at, history = c.history || x.history,
              version = c.version + 1, updated_at = now()
         FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, case_status text, appeal_by timestamptz, due_at timestamptz, history jsonb)
        WHERE c.organization_id = $1 AND c.id = x.id`,
      [organizationId, JSON.stringify(changes)],
    );
  }

  /**
   * A connector or report that still lists a claim as open (it polls what Amazon showed earlier) does not
   * undo the decision the desk recorded: the stored decision is put back from the case's history.
   */
  private async keepDeskDecision(m: EntityManager, c: ClaimEntity): Promise<void> {
    if (c.decidedBy === null || c.status !== 'OPEN' || c.decision !== null || (c.caseStatus !== 'DECIDED' && c.caseStatus !== 'APPEALED')) return;
    const last = [...c.history].reverse().find((h) => h.action === 'DECIDED' && h.decision);
    if (!last) return;
    const stored = storedClaimDecision(last.decision as ClaimDeskDecision);
    await m.query(`UPDATE claims SET status = 'CLOSED', decision = $3, funded_by = $4, decided_at = $5 WHERE organization_id = $1 AND id = $2`, [
      c.organizationId,
      c.id,
      stored.decision,
      stored.fundedBy,
      last.at,
    ]);
    Object.assign(c, { status: 'CLOSED', decision: stored.decision, fundedBy: stored.fundedBy, decidedAt: new Date(last.at) });
  }

  /** Claims of a store by their upsert keys (kind and marketplace id joined by a tab). */
  async byKeys(m: EntityManager, organizationId: string, storeId: string, keys: readonly string[]): Promise<ClaimEntity[]> {
    if (keys.length === 0) return [];
    const pairs = keys.map((k) => {
      const [kind, id] = k.split('\t') as [string, string];
      return { kind, id };
    });
    return m
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where('c.organization_id = :organizationId AND c.store_id = :storeId', { organizationId, storeId })
      .andWhere(`(c.kind, c.marketplace_claim_id) IN (SELECT k.kind, k.id FROM jsonb_to_recordset(CAST(:pairs AS jsonb)) AS k(kind text, id text))`, { pairs: JSON.stringify(pairs) })
      .orderBy('c.opened_at', 'ASC')
      .getMany();
  }

  keyOf(c: Pick<ClaimEntity, 'kind' | 'marketplaceClaimId'>): string {
    return rowKey([c.kind, c.marketplaceClaimId]);
  }

  claim(organizationId: string, id: string, m: EntityManager = this.db.manager): Promise<ClaimEntity | null> {
    return m.getRepository(ClaimEntity).findOneBy({ organizationId, id });
  }

  /** Locks the claim row for the rest of the transaction. */
  lockedClaim(m: EntityManager, organizationId: string, id: string): Promise<ClaimEntity | null> {
    return m.getRepository(ClaimEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.organization_id = :organizationId AND c.id = :id', { organizationId, id }).getOne();
  }

  /** The claims worked on a ticket, newest first (usually one). */
  claimsOfTicket(organizationId: string, ticketId: string, m: EntityManager = this.db.manager): Promise<ClaimEntity[]> {
    return m.getRepository(ClaimEntity).find({ where: { organizationId, ticketId }, order: { openedAt: 'DESC', id: 'ASC' } });
  }

  /** Claims of an order's store, kind and order that no ticket works yet. */
  unlinkedClaims(m: EntityManager, organizationId: string, storeId: string, kind: ClaimKind, marketplaceOrderId: string): Promise<ClaimEntity[]> {
    return m
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.organization_id = :organizationId AND c.store_id = :storeId AND c.kind = :kind', { organizationId, storeId, kind })
      .andWhere('c.marketplace_order_id = :marketplaceOrderId AND c.ticket_id IS NULL', { marketplaceOrderId })
      .getMany();
  }

  /** Links a claim to its ticket unless one is linked already; null when nothing changed. */
  async linkTicket(m: EntityManager, organizationId: string, id: string, ticketId: string): Promise<ClaimEntity | null> {
    const rows: { id: string }[] = await m.query(
      `WITH x AS (
         UPDATE claims SET ticket_id = $3::uuid, version = version + 1, updated_at = now(),
                history = history || jsonb_build_array(jsonb_build_object('at', ${NOW_ISO}, 'action', 'TICKET_LINKED', 'status', case_status, 'text', $3::text))
          WHERE organization_id = $1 AND id = $2 AND ticket_id IS NULL
          RETURNING id)
       SELECT id FROM x`,
      [organizationId, id, ticketId],
    );
    return rows.length ? this.claim(organizationId, id, m) : null;
  }

  /**
   * Sets columns only if `version` is still current (ARCHITECTURE.md "Concurrent edits"), appending to the
   * history: the updated row, `{ conflict }` with the current version, or null when not this organisation's.
   */
  async updateVersioned(
    m: EntityManager,
    organizationId: string,
    id: string,
    version: number,
    patch: PatchValue<ClaimPatch>,
    history: Omit<ClaimHistoryEntry, 'at'>,
  ): Promise<ClaimEntity | { conflict: number } | null> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof ClaimPatch, unknown][];
    const params: unknown[] = [organizationId, id, version];
    const sets = entries.map(([k, v]) => {
      if (v === DB_NOW) return `${COLUMN[k]} = now()`;
      params.push(v);
      return `${COLUMN[k]} = $${params.length}`;
    });
    params.push(JSON.stringify(history));
    const historySet = `history = history || jsonb_build_array($${params.length}::jsonb || jsonb_build_object('at', ${NOW_ISO}))`;
    const changed: { id: string }[] = await m.query(
      `WITH x AS (
         UPDATE claims SET ${[...sets, historySet, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE organization_id = $1 AND id = $2 AND version = $3
          RETURNING id)
       SELECT id FROM x`,
      params,
    );
    const current = await this.claim(organizationId, id, m);
    if (!current) return null;
    if (changed.length === 0) return { conflict: current.version };
    return current;
  }

  /** One page of the board: nearest deadline first (keyset on due_at, id; never OFFSET). */
  page(organizationId: string, filter: ClaimFilter, first: number, after?: ClaimPosition): Promise<ClaimEntity[]> {
    const q = this.db.getRepository(ClaimEntity).createQueryBuilder('c').where('c.organization_id = :organizationId', { organizationId });
    if (filter.caseStatus) q.andWhere('c.case_status = :caseStatus', { caseStatus: filter.caseStatus });
    if (filter.kind) q.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.storeId) q.andWhere('c.store_id = :storeId', { storeId: filter.storeId });
    if (after) q.andWhere('(c.due_at, c.id) > (CAST(:dueAt AS timestamptz), CAST(:id AS uuid))', { dueAt: after.dueAt, id: after.id });
    return q.orderBy('c.due_at', 'ASC').addOrderBy('c.id', 'ASC').limit(first + 1).getMany();
  }

  // ---- Evidence: what Lifeline holds about the claim's order (read only; DOMAIN.md §1.6, §1.7) ----

  async orderFacts(organizationId: string, storeId: string, orderId: string): Promise<EvidenceOrderFacts | null> {
    const [o]: {
      fulfillment_channel: 'MFN' | 'AFN';
      latest_ship_date: Date | null;
      ship_confirmed_at: Date | null;
      cancelled_at: Date | null;
      has_valid_tracking: boolean;
      promised_delivery_at: Date | null;
      delivered_at: Date | null;
    }[] = await this.db.query(
      `SELECT fulfillment_channel, latest_ship_date, ship_confirmed_at, cancelled_at, has_valid_tracking, promised_delivery_at, delivered_at
         FROM orders WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = $3`,
      [organizationId, storeId, orderId],
    );
    if (!o) return null;
    const ms = (d: Date | null) => d?.getTime() ?? null;
    return {
      fulfillmentChannel: o.fulfillment_channel,
      latestShipDate: ms(o.latest_ship_date),
      shipConfirmedAt: ms(o.ship_confirmed_at),
      cancelledAt: ms(o.cancelled_at),
      hasValidTracking: o.has_valid_tracking,
      promisedDeliveryAt: ms(o.promised_delivery_at),
      deliveredAt: ms(o.delivered_at),
    };
  }

  /** Buyer messages on the order's buyer conversations, each with the first reply by a person after it. */
  async buyerMessageFacts(organizationId: string, storeId: string, orderId: string): Promise<EvidenceMessageFacts[]> {
    const rows: { sent_at: Date; answered_at: Date | null; no_response_needed: boolean }[] = await this.db.query(
      `SELECT i.sent_at, i.no_response_needed,
              (SELECT min(o.sent_at) FROM messages o
                WHERE o.organization_id = i.organization_id AND o.ticket_id = i.ticket_id AND o.direction = 'OUTBOUND'
                  AND NOT o.is_auto_reply AND o.sent_at >= i.sent_at) AS answered_at
         FROM messages i
         JOIN tickets t ON t.organization_id = i.organization_id AND t.id = i.ticket_id
        WHERE i.organization_id = $1 AND t.store_id = $2 AND t.marketplace_order_id = $3 AND t.channel = 'BUYER_MESSAGE' AND i.direction = 'INBOUND'
        ORDER BY i.sent_at`,
      [organizationId, storeId, orderId],
    );
    return rows.map((r) => ({ receivedAt: r.sent_at.getTime(), answeredAt: r.answered_at?.getTime() ?? null, noResponseNeeded: r.no_response_needed }));
  }

  /** Compensation on the order, oldest first; cost in minor units of its currency. */
  async compensationFacts(organizationId: string, storeId: string, orderId: string): Promise<(Omit<EvidenceCompensationFacts, 'cost'> & { costMinor: number; currency: string })[]> {
    const rows: { kind: string; state: EvidenceCompensationFacts['state']; cost_minor: string; currency: string }[] = await this.db.query(
      `SELECT kind, state, cost_minor, currency FROM compensation_actions
        WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = $3 ORDER BY created_at, id`,
      [organizationId, storeId, orderId],
    );
    return rows.map((r) => ({ kind: r.kind, state: r.state, costMinor: Number(r.cost_minor), currency: r.currency }));
  }
}
