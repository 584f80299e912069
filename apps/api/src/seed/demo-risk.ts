import type { EntityManager } from 'typeorm';
import { HOUR_MS, type EpochMs } from '@lifeline/domain';
import { OrdersRepository, type OrderRow } from '../orders/orders.repository';
import { OutboxRepository } from '../realtime/outbox.repository';
import { OutboxService } from '../realtime/outbox.service';
import { ReturnsRepository, type ReturnRow } from '../returns/returns.repository';
import { RiskRecomputeService } from '../risk/risk-recompute.service';
import { RiskRepository } from '../risk/risk.repository';
import type { InboundMessage } from '../tickets/message-ingest.service';

const iso = (ms: EpochMs | null) => (ms === null ? null : new Date(ms).toISOString());

interface DemoRiskOrder {
  store: string;
  order: Omit<OrderRow, 'purchased_at' | 'latest_ship_date' | 'ship_confirmed_at' | 'promised_delivery_at' | 'delivered_at'> & {
    /** Times as offsets from now, in hours (negative: past). */
    purchased: number;
    latestShip: number | null;
    shipped: number | null;
    promised: number | null;
    delivered: number | null;
  };
  returns?: (Omit<ReturnRow, 'requested_at' | 'resolved_at' | 'marketplace_order_id'> & { requested: number; resolved: number | null })[];
}

const item = (sku: string, price: number, currency: string) => [{ sku, asin: null, quantity: 1, price, currency }];
const base = { fulfillment_channel: 'MFN' as const, cancelled_at: null, cancelled_by: null, buyer_name: null, buyer_email: null };

/**
 * The orders behind the demo's buyer messages (seed/demo-messages.ts), with the facts that make them risky:
 * Katrin's parcel is three days past its promised date without a carrier scan and she now threatens an
 * A-to-z claim in German; Jonas's cracked lamp waits on an unhandled return; Oliver's order shipped late,
 * is overdue and he keeps writing. The rest of the pool comes from the health demo's open claims and
 * negative feedback.
 */
export const DEMO_RISK_ORDERS: DemoRiskOrder[] = [
  {
    store: 'Amazon DE',
    order: {
      ...base,
      marketplace_order_id: '302-4567890-1234567',
      purchased: -240,
      latestShip: -192,
      shipped: -200,
      promised: -72,
      delivered: null,
      has_valid_tracking: false,
      items: item('LAMP-GLASS-01', 39.9, 'EUR'),
    },
  },
  {
    store: 'Amazon DE',
    order: {
      ...base,
      marketplace_order_id: '302-1111111-2222222',
      purchased: -150,
      latestShip: -110,
      shipped: -120,
      promised: -50,
      delivered: -52,
      has_valid_tracking: true,
      items: item('LAMP-DESIGN-XL', 429, 'EUR'),
    },
    returns: [
      {
        marketplace_return_id: 'DEMO-RISK-RMA-1',
        fulfillment_channel: 'MFN',
        requested: -30,
        resolved: null,
        reason: 'DAMAGED',
        in_policy: true,
        resolution: null,
        refund_amount: null,
        currency: null,
        negative_return_feedback: false,
        sku: 'LAMP-DESIGN-XL',
        asin: null,
        quantity: 1,
      },
    ],
  },
  {
    store: 'Amazon DE',
    order: {
      ...base,
      marketplace_order_id: '302-7777777-8888888',
      purchased: -170,
      latestShip: -130,
      shipped: -140,
      promised: -60,
      delivered: -70,
      has_valid_tracking: true,
      items: item('PROJECTOR-MINI', 129, 'EUR'),
    },
  },
  {
    // Not shipped, a day and a half past its ship-by date: late, but not enough for the pool alone.
    store: 'Amazon DE',
    order: {
      ...base,
      marketplace_order_id: '302-5550001-0000001',
      purchased: -80,
      latestShip: -36,
      shipped: null,
      promised: 60,
      delivered: null,
      has_valid_tracking: false,
      items: item('ESPRESSO-PRO', 459, 'EUR'),
    },
  },
  {
    store: 'Amazon UK',
    order: {
      ...base,
      marketplace_order_id: '205-3333333-4444444',
      purchased: -200,
      latestShip: -150,
      shipped: -110,
      promised: -50,
      delivered: null,
      has_valid_tracking: false,
      items: item('PARTY-SPEAKER', 84.99, 'GBP'),
    },
  },
  {
    store: 'Amazon UK',
    order: {
      ...base,
      marketplace_order_id: '205-8642086-4208642',
      purchased: -120,
      latestShip: -90,
      shipped: -100,
      promised: -30,
      delivered: -40,
      has_valid_tracking: true,
      items: item('JACKET-M', 120, 'GBP'),
    },
  },
  {
    store: 'Amazon US',
    order: {
      ...base,
      marketplace_order_id: '111-5555555-6666666',
      purchased: -130,
      latestShip: -100,
      shipped: -105,
      promised: -20,
      delivered: -30,
      has_valid_tracking: true,
      items: item('SHELF-SET-2', 79.5, 'USD'),
    },
  },
];

const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR_MS);

/** Oliver's follow-ups: three contacts within two days about one order (REPEATED_CONTACTS). */
export const DEMO_RISK_MESSAGES: { storeKey: string; message: InboundMessage }[] = [
  {
    storeKey: 'lk_demo_amazon_uk',
    message: {
      externalId: '<demo-risk-1@marketplace.amazon.co.uk>',
      from: { address: 'a2s4d6f8g0h1@marketplace.amazon.co.uk', name: 'Oliver Smith' },
      subject: 'Re: Where is my parcel? Order 205-3333333-4444444',
      body: 'Hello again, any news on order 205-3333333-4444444? The party is on Saturday.',
      receivedAt: hoursAgo(12),
    },
  },
  {
    storeKey: 'lk_demo_amazon_uk',
    message: {
      externalId: '<demo-risk-2@marketplace.amazon.co.uk>',
      from: { address: 'a2s4d6f8g0h1@marketplace.amazon.co.uk', name: 'Oliver Smith' },
      subject: 'Re: Where is my parcel? Order 205-3333333-4444444',
      body: 'Third message now. If the speaker does not arrive by Friday I want a refund.',
      receivedAt: hoursAgo(1),
    },
  },
];

/** The risk service as the API runs it, built on the seed's connection (the seed runs before the app exists). */
function riskService(manager: EntityManager): RiskRecomputeService {
  return new RiskRecomputeService(new RiskRepository(manager.connection), new OutboxService(new OutboxRepository(manager.connection)));
}

/**
 * Scores the demo orders with the real service: every order with a fact that can score (not shipped or
 * delivered, shipped or delivered late, no carrier scan, a claim, feedback, a return, a ticket). Any other
 * order could only score for its value, and the demo's 14.90 mugs score nothing there, so they are left
 * unscored: that keeps the seed, and every test that boots with it, quick. The seed calls this last; demo
 * data added later through the services is scored by them (RiskRecomputeService.ordersChanged), and demo
 * data written straight through repositories should call this again at its end.
 */
export async function scoreDemoOrders(manager: EntityManager, now: EpochMs = Date.now()): Promise<void> {
  const risk = riskService(manager);
  const orders: { organization_id: string; store_id: string; ids: string[] }[] = await manager.query(
    `SELECT organization_id, store_id, array_agg(DISTINCT marketplace_order_id) AS ids
       FROM (SELECT organization_id, store_id, marketplace_order_id FROM orders
              WHERE cancelled_at IS NULL AND fulfillment_channel = 'MFN'
                AND (ship_confirmed_at IS NULL OR delivered_at IS NULL OR NOT has_valid_tracking
                     OR ship_confirmed_at > latest_ship_date OR delivered_at > promised_delivery_at)
             UNION ALL SELECT organization_id, store_id, marketplace_order_id FROM claims
             UNION ALL SELECT organization_id, store_id, marketplace_order_id FROM seller_feedback
             UNION ALL SELECT organization_id, store_id, marketplace_order_id FROM return_requests
             UNION ALL SELECT organization_id, store_id, marketplace_order_id FROM tickets WHERE marketplace_order_id IS NOT NULL) o
      GROUP BY organization_id, store_id`,
  );
  for (const o of orders) await risk.ordersChanged(manager, o.organization_id, o.store_id, o.ids, now);
}

/** The risky demo orders (DEMO_RISK_ORDERS), then every demo order scored. */
export async function seedDemoRisk(manager: EntityManager, now: EpochMs = Date.now()): Promise<void> {
  const stores: { id: string; organization_id: string; name: string }[] = await manager.query(
    `SELECT s.id, s.organization_id, s.name FROM stores s JOIN organizations o ON o.id = s.organization_id WHERE o.name = 'Demo Seller'`,
  );
  const at = (hours: number | null) => iso(hours === null ? null : now + hours * HOUR_MS);
  for (const store of stores) {
    const mine = DEMO_RISK_ORDERS.filter((d) => d.store === store.name);
    if (mine.length === 0) continue;
    const orderRows: OrderRow[] = mine.map(({ order: { purchased, latestShip, shipped, promised, delivered, ...o } }) => ({
      ...o,
      purchased_at: at(purchased)!,
      latest_ship_date: at(latestShip),
      ship_confirmed_at: at(shipped),
      promised_delivery_at: at(promised),
      delivered_at: at(delivered),
    }));
    const returnRows: ReturnRow[] = mine.flatMap((d) =>
      (d.returns ?? []).map(({ requested, resolved, ...r }) => ({
        ...r,
        marketplace_order_id: d.order.marketplace_order_id,
        requested_at: at(requested)!,
        resolved_at: at(resolved),
      })),
    );
    await new OrdersRepository().upsert(manager, store.organization_id, store.id, orderRows);
    if (returnRows.length) await new ReturnsRepository().upsert(manager, store.organization_id, store.id, returnRows);
  }
  await scoreDemoOrders(manager, now);
}
