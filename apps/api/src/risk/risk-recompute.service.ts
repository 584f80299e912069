import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The one door every change that can move an order's risk goes through (a buyer message, a claim, feedback,
 * a return, a shipment, compensation): callers name the orders, inside their own transaction, and the pool
 * follows when that transaction commits.
 */
@Injectable()
export class RiskRecomputeService {
  async ordersChanged(
    _manager: EntityManager,
    _organizationId: string,
    _storeId: string,
    _marketplaceOrderIds: readonly string[],
  ): Promise<void> {
    // Scoring lands with the risk pool.
  }
}
