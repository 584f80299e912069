import type { EntityManager } from 'typeorm';
import { DAY_MS, HOUR_MS, type EpochMs } from '@lifeline/domain';
import { buyerKeyOf } from '../channels/ingest/ebay-ingest.schemas';
import { EbayRepository, type EbayFeedbackRow, type EbayTransactionRow } from '../ebay/ebay.repository';
import { rng } from './demo-health-data';

const HISTORY_DAYS = 380;
// ≥ 400 in the last 3 months, so eBay's 3-month look-back applies (DOMAIN.md §3).
const TRANSACTIONS_PER_DAY = 5;
const iso = (ms: EpochMs) => new Date(ms).toISOString();

/**
 * The demo eBay US store: a year and a bit of transactions and feedback. About 1.2 % of transactions carry a defect
 * (seller cancels, cases closed without seller resolution), over the 0.5 % Top Rated line but under
 * Below Standard's 2 %, so the store shows Above Standard and what stands between it and Top Rated
 * (DOMAIN.md §3). Buyers are demo ids, hashed like a connector's.
 */
export function generateDemoEbay(now: EpochMs): { transactions: EbayTransactionRow[]; feedback: EbayFeedbackRow[] } {
  const random = rng('demo-ebay-us');
  const transactions: EbayTransactionRow[] = [];
  const feedback: EbayFeedbackRow[] = [];
  let n = 0;
  for (let day = HISTORY_DAYS; day >= 1; day--) {
    for (let k = 0; k < TRANSACTIONS_PER_DAY; k++) {
      n++;
      const at = now - day * DAY_MS + Math.floor(random() * 20) * HOUR_MS;
      const buyer = `demo_buyer_${Math.floor(random() * 2500)}`;
      // Defects at fixed strides, so the level does not hang on chance: 0.8 % seller cancels + 0.4 % cases
      // closed without seller resolution = 1.2 % (over the 0.5 % Top Rated line, under Below Standard's 2 %),
      // and only ~2 such cases in 3 months (Below Standard needs more than 2, DOMAIN.md §3).
      const cancellation = n % 125 === 0 ? 'SELLER_OUT_OF_STOCK' : n % 150 === 7 ? 'BUYER_REQUESTED' : null;
      const caseOutcome = cancellation !== null ? null : n % 250 === 60 ? 'CLOSED_WITHOUT_SELLER_RESOLUTION' : n % 90 === 3 ? 'CLOSED_FOR_SELLER' : null;
      const lateScan = random() < 0.02;
      const shipped = cancellation === null;
      const delivered = shipped && at + 6 * DAY_MS < now;
      transactions.push({
        transaction_id: `DEMO-EBAY-${n}`,
        marketplace_order_id: `DEMO-EBAY-ORDER-${n}`,
        buyer_key: buyerKeyOf(buyer),
        transacted_at: iso(at),
        cancellation,
        case_outcome: caseOutcome,
        case_closed_at: caseOutcome ? iso(Math.min(now - HOUR_MS, at + 20 * DAY_MS)) : null,
        handling_due_at: iso(at + DAY_MS),
        acceptance_scan_at: shipped ? iso(at + (lateScan ? 2 : 0.5) * DAY_MS) : null,
        estimated_delivery_at: iso(at + 5 * DAY_MS),
        delivered_at: delivered ? iso(at + (lateScan ? 6 : 4) * DAY_MS) : null,
        tracking_uploaded_at: shipped ? iso(at + (lateScan ? 2 : 0.5) * DAY_MS) : null,
        tracking_validated: shipped,
        buyer_confirmed_late_delivery: false,
        us_buyer: random() < 0.9,
        amount_usd: Math.round((15 + random() * 60) * 100) / 100,
      });
      if (delivered && random() < 0.35) {
        const r = random();
        feedback.push({
          feedback_id: `DEMO-EBAY-FB-${n}`,
          transaction_id: `DEMO-EBAY-${n}`,
          buyer_key: buyerKeyOf(buyer),
          rating: r < 0.012 ? 'NEGATIVE' : r < 0.03 ? 'NEUTRAL' : 'POSITIVE',
          comment: r < 0.012 ? 'Item took far too long' : r < 0.03 ? 'OK' : 'Fast shipping, great seller',
          transaction_ended_at: iso(at),
          left_at: iso(at + 7 * DAY_MS),
          removed_at: null,
        });
      }
    }
  }
  return { transactions, feedback };
}

export async function seedDemoEbay(manager: EntityManager, organizationId: string, storeId: string, now: EpochMs = Date.now()): Promise<void> {
  const repo = new EbayRepository();
  const { transactions, feedback } = generateDemoEbay(now);
  for (let i = 0; i < transactions.length; i += 1000) await repo.upsertTransactions(manager, organizationId, storeId, transactions.slice(i, i + 1000));
  for (let i = 0; i < feedback.length; i += 1000) await repo.upsertFeedback(manager, organizationId, storeId, feedback.slice(i, i + 1000));
}
