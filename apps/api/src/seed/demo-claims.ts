import type { INestApplicationContext } from '@nestjs/common';
import { Between, In, IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { DAY_MS, HOUR_MS, type ClaimDeskDecision } from '@lifeline/domain';
import { ClaimsRepository, type ClaimRow } from '../claims/claims.repository';
import { ClaimsService } from '../claims/claims.service';
import { ClaimEntity } from '../claims/entities/claim.entity';
import type { AuthUser } from '../common/auth-user';
import { SellerFeedbackEntity } from '../feedback/entities/seller-feedback.entity';
import { FeedbackRepository, type FeedbackRow } from '../feedback/feedback.repository';
import { FeedbackService } from '../feedback/feedback.service';
import { OrderEntity } from '../orders/entities/order.entity';
import { StoreEntity } from '../tenancy/entities/store.entity';
import { UserEntity } from '../tenancy/entities/user.entity';

/**
 * The claims desk's demo: claims at every stage (DOMAIN.md §1.6, §1.7) and negative feedback (§1.5),
 * each with its ticket. Two steps: `seedDemoClaims` writes the rows with the rest of the seed (one
 * transaction, no services); `playDemoClaims` runs once the app is up and opens the tickets and plays the
 * desk's moves through the real services, so history, timeline and SLA clocks are the product's own.
 *
 * Amazon UK keeps its ODR story (one defect under the warning line, demo-health-data.ts): its newest
 * open A-to-z claim — already one of those defects — is re-dated to 44 hours ago, so it is open near its
 * 48-hour deadline; withdrawing it drops UK's ODR at once. Staged claims elsewhere stay under every line.
 */

/** A staged case: which store, when Amazon opened it, and what the desk does with it. */
interface StagedClaim {
  store: string;
  kind: 'A_TO_Z' | 'CHARGEBACK';
  id: string;
  openedHoursAgo: number;
  moves: ('RESPOND' | ClaimDeskDecision | 'APPEAL')[];
}

export const DEMO_STAGED_CLAIMS: readonly StagedClaim[] = [
  { store: 'Amazon US', kind: 'A_TO_Z', id: 'DEMO-DESK-AZ-1', openedHoursAgo: 30, moves: ['RESPOND'] },
  { store: 'Amazon US', kind: 'A_TO_Z', id: 'DEMO-DESK-AZ-2', openedHoursAgo: 40, moves: ['RESPOND', 'FOR_SELLER'] },
  { store: 'Amazon US', kind: 'A_TO_Z', id: 'DEMO-DESK-AZ-3', openedHoursAgo: 40, moves: ['RESPOND', 'FOR_BUYER_SELLER_FUNDED', 'APPEAL'] },
  { store: 'Amazon DE', kind: 'A_TO_Z', id: 'DEMO-DESK-AZ-4', openedHoursAgo: 20, moves: ['WITHDRAWN'] },
  { store: 'Amazon DE', kind: 'CHARGEBACK', id: 'DEMO-DESK-CB-1', openedHoursAgo: 72, moves: [] },
];

/** Negative feedback with tickets: one Amazon may remove (the whole comment is a product review), one it keeps. */
export const DEMO_NEGATIVE_FEEDBACK: readonly { store: string; rating: number; comment: string; leftHoursAgo: number }[] = [
  { store: 'Amazon US', rating: 1, comment: 'Poor quality, the colour faded after one wash and the size is too small.', leftHoursAgo: 6 },
  { store: 'Amazon DE', rating: 2, comment: 'Lieferung kam zu spät und der Verkäufer hat nie auf meine Nachricht geantwortet.', leftHoursAgo: 26 },
];

const UK_OPEN_CLAIM_HOURS_AGO = 44;

const iso = (ms: number) => new Date(ms).toISOString();

/** Orders of the store in the ODR window with no defect yet, oldest first: where staged cases go. */
async function cleanOrders(manager: EntityManager, organizationId: string, storeId: string, now: number): Promise<OrderEntity[]> {
  const taken = new Set([
    ...(await manager.getRepository(ClaimEntity).find({ where: { organizationId, storeId }, select: { marketplaceOrderId: true } })).map((c) => c.marketplaceOrderId),
    ...(await manager.getRepository(SellerFeedbackEntity).find({ where: { organizationId, storeId }, select: { marketplaceOrderId: true } })).map((f) => f.marketplaceOrderId),
  ]);
  const orders = await manager.getRepository(OrderEntity).find({
    where: { organizationId, storeId, purchasedAt: Between(new Date(now - 40 * DAY_MS), new Date(now - 10 * DAY_MS)), cancelledAt: IsNull() },
    order: { purchasedAt: 'ASC' },
    take: 60,
  });
  return orders.filter((o) => !taken.has(o.marketplaceOrderId) && o.shipConfirmedAt !== null);
}

/**
 * Step one, inside the seed's transaction, after the store's health data. Claims the health seed left open
 * past their deadline were granted by Amazon, as it does when the seller does not answer (DOMAIN.md §1.6.3,
 * §1.7): they still count in ODR, so every figure stays as seeded.
 */
export async function seedDemoClaims(manager: EntityManager, organizationId: string, storeId: string, storeName: string, now: number = Date.now()): Promise<void> {
  const claims = new ClaimsRepository(manager.connection);
  const feedback = new FeedbackRepository(manager.connection);
  const open = await manager.getRepository(ClaimEntity).find({ where: { organizationId, storeId, status: 'OPEN' }, order: { openedAt: 'DESC' } });
  const rowOf = (c: ClaimEntity): ClaimRow => ({
    kind: c.kind,
    marketplace_claim_id: c.marketplaceClaimId,
    marketplace_order_id: c.marketplaceOrderId,
    opened_at: c.openedAt.toISOString(),
    amount: c.amount === null ? null : Number(c.amount),
    currency: c.currency,
    status: c.status,
    decision: c.decision,
    decided_at: c.decidedAt?.toISOString() ?? null,
    funded_by: c.fundedBy,
    chargeback_type: c.chargebackType,
    buy_shipping_protected: c.buyShippingProtected,
  });

  const rows: ClaimRow[] = [];
  const ukClaim = storeName === 'Amazon UK' ? open.find((c) => c.kind === 'A_TO_Z') : undefined;
  if (ukClaim) rows.push({ ...rowOf(ukClaim), opened_at: iso(now - UK_OPEN_CLAIM_HOURS_AGO * HOUR_MS), amount: 14.9, currency: 'GBP' });
  for (const c of open) {
    if (c === ukClaim || c.respondBy.getTime() > now) continue;
    rows.push({ ...rowOf(c), status: 'CLOSED', decision: 'GRANTED', funded_by: 'SELLER', decided_at: c.respondBy.toISOString() });
  }

  const staged = DEMO_STAGED_CLAIMS.filter((s) => s.store === storeName);
  const stagedFeedback = DEMO_NEGATIVE_FEEDBACK.filter((f) => f.store === storeName);
  const spare = await cleanOrders(manager, organizationId, storeId, now);
  const currency = storeName === 'Amazon US' ? 'USD' : storeName === 'Amazon UK' ? 'GBP' : 'EUR';
  staged.forEach((s, i) => {
    const order = spare[i * 3];
    if (!order) return;
    rows.push({
      kind: s.kind,
      marketplace_claim_id: s.id,
      marketplace_order_id: order.marketplaceOrderId,
      opened_at: iso(now - s.openedHoursAgo * HOUR_MS),
      amount: 14.9,
      currency,
      status: 'OPEN',
      decision: null,
      decided_at: null,
      funded_by: null,
      chargeback_type: s.kind === 'CHARGEBACK' ? 'SERVICE' : null,
      buy_shipping_protected: false,
    });
  });
  if (rows.length > 0) await claims.upsert(manager, organizationId, storeId, rows);

  const feedbackRows: FeedbackRow[] = stagedFeedback.flatMap((f, i) => {
    const order = spare[staged.length * 3 + 1 + i * 3];
    return order
      ? [{ marketplace_order_id: order.marketplaceOrderId, rating: f.rating, comment: f.comment, left_at: iso(now - f.leftHoursAgo * HOUR_MS), removed_at: null, struck_through: false }]
      : [];
  });
  if (feedbackRows.length > 0) await feedback.upsert(manager, organizationId, storeId, feedbackRows);
}

/**
 * Step two, once the app runs: tickets for the demo's open claims still within their deadline and for the
 * staged negative feedback, then the desk's moves by the demo supervisor.
 */
export async function playDemoClaims(app: INestApplicationContext, dataSource: DataSource): Promise<void> {
  const claimsDesk = app.get(ClaimsService);
  const feedbackDesk = app.get(FeedbackService);
  const claims = app.get(ClaimsRepository);
  const manager = dataSource.manager;
  const stores = await manager.getRepository(StoreEntity).find({ where: { marketplace: 'AMAZON' } });

  for (const store of stores) {
    const caller = { organizationId: store.organizationId, storeId: store.id, apiKeyId: 'demo-seed' };
    const open = await manager.getRepository(ClaimEntity).find({
      where: { organizationId: store.organizationId, storeId: store.id, caseStatus: 'OPEN', ticketId: IsNull(), respondBy: MoreThan(new Date()) },
    });
    const feedback = await manager.getRepository(SellerFeedbackEntity).find({
      where: { organizationId: store.organizationId, storeId: store.id, comment: In(DEMO_NEGATIVE_FEEDBACK.map((f) => f.comment)), ticketId: IsNull() },
    });
    await dataSource.transaction(async (m) => {
      if (open.length > 0) await claimsDesk.openTickets(m, caller, open.map((c) => claims.keyOf(c)));
      if (feedback.length > 0) await feedbackDesk.openTickets(m, caller, feedback.map((f) => f.marketplaceOrderId));
    });

    const staged = DEMO_STAGED_CLAIMS.filter((s) => s.store === store.name);
    if (staged.length === 0) continue;
    const supervisor = await manager.getRepository(UserEntity).findOneBy({ organizationId: store.organizationId, role: 'SUPERVISOR' });
    if (!supervisor) continue;
    const auth: AuthUser = { organizationId: store.organizationId, userId: supervisor.id, role: 'SUPERVISOR' };
    for (const s of staged) {
      let claim = await manager.getRepository(ClaimEntity).findOneBy({ organizationId: store.organizationId, storeId: store.id, kind: s.kind, marketplaceClaimId: s.id });
      if (!claim) continue;
      for (const move of s.moves) {
        const base = { id: claim.id, version: claim.version };
        if (move === 'RESPOND') {
          await claimsDesk.respond(auth, { ...base, response: 'Shipped on time with tracking; the carrier scanned the parcel as delivered. Proof of delivery attached.' });
        } else if (move === 'APPEAL') {
          await claimsDesk.appeal(auth, { ...base, text: 'The tracking shows delivery to the buyer’s address before the promised date; we ask Amazon to review the grant.' });
        } else {
          await claimsDesk.decide(auth, { ...base, decision: move, note: move === 'WITHDRAWN' ? 'The buyer withdrew after our reply.' : 'Amazon’s decision by e-mail.' });
        }
        claim = (await claims.claim(store.organizationId, claim.id))!;
      }
    }
  }
}
