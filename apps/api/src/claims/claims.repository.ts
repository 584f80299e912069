import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ClaimDecision } from '@lifeline/domain';
import { bulkUpsert, type BulkUpsertResult, type BulkUpsertSpec } from '../database/bulk-upsert';
import type { ClaimKind } from './entities/claim.entity';

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
  ],
};

export const ALL_CLAIM_COLUMNS = SPEC.columns.map((c) => c.name) as ClaimColumn[];

/** The only place A-to-z claims and chargebacks are written; keyed per store by kind and marketplace id. */
@Injectable()
export class ClaimsRepository {
  upsert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    rows: readonly ClaimRow[],
    columns: readonly ClaimColumn[] = ALL_CLAIM_COLUMNS,
  ): Promise<BulkUpsertResult> {
    return bulkUpsert(manager, SPEC, organizationId, storeId, rows as unknown as Record<string, unknown>[], columns);
  }
}
