import { Inject, Injectable, Optional } from '@nestjs/common';
import type { CompensationKind, Marketplace } from '@lifeline/domain';

/** What a connector is asked to carry out: an approved action on one order. */
export interface CompensationExecution {
  organizationId: string;
  storeId: string;
  actionId: string;
  marketplaceOrderId: string | null;
  kind: CompensationKind;
  costMinor: number;
  currency: string;
}

/**
 * Carries out compensation on a marketplace (a refund through its API, a coupon …) and returns the
 * marketplace's reference. Where no connector exists for a store's marketplace, the agent does it in the
 * marketplace's own console and records the reference.
 */
export interface CompensationConnector {
  readonly marketplace: Marketplace;
  execute(action: CompensationExecution): Promise<{ reference: string }>;
}

export const COMPENSATION_CONNECTORS = Symbol('COMPENSATION_CONNECTORS');

/** Connectors by marketplace; channel modules provide theirs under COMPENSATION_CONNECTORS. */
@Injectable()
export class CompensationConnectorRegistry {
  private readonly byMarketplace = new Map<Marketplace, CompensationConnector>();

  constructor(@Optional() @Inject(COMPENSATION_CONNECTORS) connectors: CompensationConnector[] | null = null) {
    for (const c of connectors ?? []) this.byMarketplace.set(c.marketplace, c);
  }

  for(marketplace: Marketplace): CompensationConnector | null {
    return this.byMarketplace.get(marketplace) ?? null;
  }
}
