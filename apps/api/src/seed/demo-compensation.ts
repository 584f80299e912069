import type { DataSource, EntityManager } from 'typeorm';
import { costOf, formatMinorAsDecimal, type CompensationCostInput, type CompensationOutcome, type Role } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import type { CompensationService } from '../compensation/compensation.service';

const DAY_MS = 86_400_000;

interface HistoryAction {
  offer: CompensationCostInput;
  outcome: CompensationOutcome | null;
  /** Who asked; above the agent's limit a supervisor approved it. */
  by: 'agent' | 'supervisor';
  reason: string;
  state?: 'EXECUTED' | 'REJECTED';
}

/** One month's compensation on a store, cycled over the last four months with small variations. */
function monthOfActions(currency: string, monthIndex: number): HistoryAction[] {
  const v = (minor: number) => minor + monthIndex * 50;
  const actions: HistoryAction[] = [
    { offer: { kind: 'PARTIAL_REFUND', amountMinor: v(500), currency, orderValueMinor: 1490 }, outcome: 'FEEDBACK_REMOVED', by: 'agent', reason: 'Late delivery; buyer left 1 star' },
    { offer: { kind: 'COUPON', couponValueMinor: 300, currency, orderValueMinor: 1490 }, outcome: 'BUYER_SATISFIED', by: 'agent', reason: 'Goodwill for a slow answer' },
    { offer: { kind: 'RESHIPMENT', itemCostMinor: 1490, shippingCostMinor: v(450), currency, orderValueMinor: 1490 }, outcome: 'CLAIM_WITHDRAWN', by: 'agent', reason: 'Parcel lost; buyer opened an A-to-z claim' },
    { offer: { kind: 'PARTIAL_REFUND', percent: 30, currency, orderValueMinor: 1490 }, outcome: 'RETURN_AVOIDED', by: 'agent', reason: 'Small scratch, buyer keeps the item' },
    { offer: { kind: 'FULL_REFUND', currency, orderValueMinor: 1490 }, outcome: monthIndex % 2 === 0 ? 'FEEDBACK_REVISED' : 'NO_EFFECT', by: 'agent', reason: 'Item broken on arrival' },
  ];
  if (monthIndex === 1) {
    actions.push({ offer: { kind: 'REPLACEMENT', itemCostMinor: 2490, shippingCostMinor: 900, currency, orderValueMinor: 1490 }, outcome: 'FEEDBACK_REMOVED', by: 'supervisor', reason: 'Wrong item sent twice' });
    actions.push({ offer: { kind: 'PARTIAL_REFUND', amountMinor: 1400, currency, orderValueMinor: 1490 }, outcome: null, by: 'agent', reason: 'Buyer asked for most of the price back', state: 'REJECTED' });
  }
  return actions.slice(0, 3 + ((monthIndex + currency.length) % 3));
}

/**
 * Demo Seller's compensation history: closed tickets on the demo orders of the last four months, each
 * with an executed action and its outcome, so the compensation report has months to compare; one
 * request was rejected. Written in the seed's transaction; the waiting approvals come later
 * (`playDemoCompensation`), on the live demo tickets.
 */
export async function seedDemoCompensation(manager: EntityManager, organizationId: string, now: number): Promise<void> {
  const users = (await manager.query(`SELECT id, email, role FROM users WHERE organization_id = $1`, [organizationId])) as { id: string; email: string; role: Role }[];
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const supervisor = byEmail.get('supervisor@demo.lifeline.test');
  if (!supervisor) return; // only Demo Seller has a compensation history
  const stores = (await manager.query(`SELECT id, name, default_language FROM stores WHERE organization_id = $1 AND marketplace = 'AMAZON' ORDER BY name`, [organizationId])) as {
    id: string;
    name: string;
    default_language: string;
  }[];
  const queues = (await manager.query(`SELECT id, language FROM queues WHERE organization_id = $1`, [organizationId])) as { id: string; language: string | null }[];
  const currencyOf: Record<string, string> = { 'Amazon DE': 'EUR', 'Amazon UK': 'GBP', 'Amazon US': 'USD' };
  const agentOf: Record<string, string> = { 'Amazon DE': 'agent.de@demo.lifeline.test', 'Amazon UK': 'agent.en@demo.lifeline.test', 'Amazon US': 'agent.en@demo.lifeline.test' };

  for (const store of stores) {
    const currency = currencyOf[store.name];
    const agent = byEmail.get(agentOf[store.name] ?? '');
    if (!currency || !agent) continue;
    const queueId = (queues.find((q) => q.language === store.default_language) ?? queues.find((q) => q.language === null))!.id;
    const orders = (await manager.query(
      `SELECT marketplace_order_id, purchased_at FROM orders WHERE organization_id = $1 AND store_id = $2 ORDER BY purchased_at DESC`,
      [organizationId, store.id],
    )) as { marketplace_order_id: string; purchased_at: Date }[];
    for (let monthIndex = 0; monthIndex < 4; monthIndex++) {
      const monthStart = new Date(now);
      monthStart.setUTCDate(1);
      monthStart.setUTCHours(9, 0, 0, 0);
      monthStart.setUTCMonth(monthStart.getUTCMonth() - monthIndex);
      const actions = monthOfActions(currency, monthIndex);
      for (const [i, action] of actions.entries()) {
        // Spread over the month, never in the future.
        const at = new Date(Math.min(monthStart.getTime() + (2 + i * 5) * DAY_MS, now - (i + 1) * 3_600_000));
        const order = orders.find((o) => o.purchased_at.getTime() < at.getTime() - DAY_MS) ?? orders[orders.length - 1];
        const requester = action.by === 'agent' ? agent : supervisor;
        const [ticket] = (await manager.query(
          `INSERT INTO tickets (organization_id, store_id, channel, subject, language, language_source, status, queue_id, assignee_id, marketplace_order_id, buyer_address, last_message_at, created_at)
           VALUES ($1, $2, 'BUYER_MESSAGE', $3, $4, 'DETECTED', 'CLOSED', $5, $6, $7, $8, $9, $9) RETURNING id`,
          [organizationId, store.id, `${action.reason} (${order?.marketplace_order_id ?? 'no order'})`, store.default_language, queueId, requester.id, order?.marketplace_order_id ?? null, `demo-history-${monthIndex}-${i}@marketplace.amazon.example`, at],
        )) as { id: string }[];
        const cost = costOf(action.offer);
        const overLimit = action.by === 'supervisor' || action.state === 'REJECTED';
        const reviewer = overLimit ? (action.by === 'supervisor' ? byEmail.get('admin@demo.lifeline.test')! : supervisor) : null;
        const state = action.state ?? 'EXECUTED';
        const reviewedAt = new Date(at.getTime() + 40 * 60_000);
        const executedAt = state === 'EXECUTED' ? new Date(at.getTime() + 2 * 3_600_000) : null;
        const o = action.offer as Record<string, unknown>;
        const amountMinor = (o.amountMinor ?? o.itemCostMinor ?? o.couponValueMinor ?? o.labelCostMinor ?? null) as number | null;
        const [row] = (await manager.query(
          `INSERT INTO compensation_actions (organization_id, store_id, ticket_id, marketplace_order_id, kind, amount_minor, shipping_minor, percent, order_value_minor, cost_minor,
                                             currency, reason, state, requested_by, requested_role, approval_due_at, reviewed_by, reviewed_at, review_reason,
                                             executed_by, executed_at, execution_reference, outcome, outcome_at, created_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, 4) RETURNING id`,
          [
            organizationId, store.id, ticket!.id, order?.marketplace_order_id ?? null, action.offer.kind, amountMinor, (o.shippingCostMinor ?? null) as number | null,
            (o.percent ?? null) as number | null, action.offer.orderValueMinor, cost, currency, action.reason, state, requester.id, requester.role,
            overLimit ? new Date(at.getTime() + 4 * 3_600_000) : null, reviewer?.id ?? null, reviewer ? reviewedAt : null,
            reviewer ? (state === 'REJECTED' ? 'Too much for a small delay; offer a coupon instead' : 'Repeat problem, keep the buyer') : null,
            executedAt ? requester.id : null, executedAt, executedAt ? `DEMO-${store.name.slice(-2)}-${monthIndex}${i}` : null,
            action.outcome, action.outcome && executedAt ? new Date(executedAt.getTime() + 5 * DAY_MS) : null, at,
          ],
        )) as { id: string }[];
        const data = (extra: Record<string, unknown>) => JSON.stringify({ actionId: row!.id, kind: action.offer.kind, cost: formatMinorAsDecimal(cost, currency), currency, ...extra });
        const timeline: [string, string, string | null, string, Date][] = [['COMPENSATION_REQUESTED', 'USER', requester.id, data({ from: null, to: 'REQUESTED', automatic: false, reason: action.reason }), at]];
        if (state === 'REJECTED') timeline.push(['COMPENSATION_REJECTED', 'USER', reviewer!.id, data({ from: 'REQUESTED', to: 'REJECTED', automatic: false, reason: 'Too much for a small delay; offer a coupon instead' }), reviewedAt]);
        else if (reviewer) timeline.push(['COMPENSATION_APPROVED', 'USER', reviewer.id, data({ from: 'REQUESTED', to: 'APPROVED', automatic: false, reason: 'Repeat problem, keep the buyer' }), reviewedAt]);
        else timeline.push(['COMPENSATION_APPROVED', 'SYSTEM', null, data({ from: 'REQUESTED', to: 'APPROVED', automatic: true, reason: 'Within the requester’s compensation limit' }), at]);
        if (executedAt) timeline.push(['COMPENSATION_EXECUTED', 'USER', requester.id, data({ from: 'APPROVED', to: 'EXECUTED', reference: `DEMO-${store.name.slice(-2)}-${monthIndex}${i}` }), executedAt]);
        if (executedAt && action.outcome) timeline.push(['COMPENSATION_OUTCOME', 'USER', requester.id, data({ outcome: action.outcome, previousOutcome: null }), new Date(executedAt.getTime() + 5 * DAY_MS)]);
        for (const [type, actorType, actorId, json, createdAt] of timeline) {
          await manager.query(`INSERT INTO ticket_timeline (organization_id, ticket_id, type, actor_type, actor_id, data, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            organizationId, ticket!.id, type, actorType, actorId, json, createdAt,
          ]);
        }
      }
    }
  }
}

/**
 * Waiting approvals on the live demo tickets, through the real service (limits, clock, timeline, events):
 * Jonas's cracked lamp gets a 25 EUR partial refund from the German agent, above the agent's 20 EUR, and a
 * UK refund whose approval is due in about twenty minutes (its warning fires a few minutes into the demo).
 */
export async function playDemoCompensation(compensation: CompensationService, dataSource: DataSource): Promise<void> {
  const who = async (email: string): Promise<AuthUser | undefined> => {
    const [row] = (await dataSource.query(`SELECT id, organization_id, role FROM users WHERE email = $1`, [email])) as { id: string; organization_id: string; role: Role }[];
    return row && { userId: row.id, organizationId: row.organization_id, role: row.role };
  };
  const ticketOf = async (externalId: string) => {
    const [row] = (await dataSource.query(`SELECT ticket_id FROM messages WHERE external_id = $1`, [externalId])) as { ticket_id: string }[];
    return row?.ticket_id;
  };
  const de = await who('agent.de@demo.lifeline.test');
  const lamp = await ticketOf('<demo-2@marketplace.amazon.de>');
  if (de && lamp) {
    await compensation.request(de, { ticketId: lamp, kind: 'PARTIAL_REFUND', amount: '25.00', currency: 'EUR', reason: 'Lamp arrived with a cracked glass; buyer keeps it for a partial refund' });
  }
  const en = await who('agent.en@demo.lifeline.test');
  const parcel = await ticketOf('<demo-4@marketplace.amazon.co.uk>');
  if (en && parcel) {
    const soon = await compensation.request(en, { ticketId: parcel, kind: 'PARTIAL_REFUND', amount: '18.00', currency: 'GBP', reason: 'Parcel a week late; buyer threatens an A-to-z claim' });
    if (soon.state === 'REQUESTED') {
      await dataSource.query(
        `WITH a AS (UPDATE compensation_actions SET approval_due_at = now() + interval '20 minutes', created_at = now() - interval '220 minutes' WHERE id = $1 RETURNING organization_id, approval_clock_id)
         UPDATE sla_clocks c SET started_at = now() - interval '220 minutes', due_at = now() + interval '20 minutes', warn_at = now() + interval '4 minutes'
           FROM a WHERE c.organization_id = a.organization_id AND c.id = a.approval_clock_id`,
        [soon.id],
      );
    }
  }
}
