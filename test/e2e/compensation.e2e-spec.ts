import { randomUUID } from 'node:crypto';
import {
  ApproveCompensationDocument,
  CompensationApprovalsDocument,
  CompensationHeadroomDocument,
  CompensationLimitsDocument,
  CompensationReportDocument,
  EditCompensationDocument,
  MergeTicketsDocument,
  ExecuteCompensationDocument,
  MarkCompensationFailedDocument,
  RecordCompensationOutcomeDocument,
  RejectCompensationDocument,
  RequestCompensationDocument,
  TicketCompensationDocument,
  TicketDocument,
  UpdateCompensationLimitsDocument,
  type RequestCompensationInput,
} from '@lifeline/api-contract';
import { SlaSweeperService } from '../../apps/api/src/sla/sla-sweeper.service';
import { codes, gql, login } from '../support/graphql';
import { post } from '../support/health-ingest';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';

const DE = 'lk_demo_amazon_de';

describe('Compensation', () => {
  let s: TestServer;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    for (const who of ['admin', 'supervisor', 'agent.en', 'agent.de']) {
      tokens[who] = (await login(s.url, `${who}@demo.lifeline.test`)).token;
      const [u] = await s.sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [`${who}@demo.lifeline.test`]);
      userIds[who] = u!.id;
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  it('seeds waiting approvals (one near its deadline) and months of executed compensation for the report', async () => {
    const inbox = (await gql(s.url, CompensationApprovalsDocument, { first: 10 }, tokens.supervisor)).data!.compensationApprovals.edges.map((e) => e.node);
    expect(inbox.map((a) => [a.storeName, a.cost, a.currency, a.requestedBy.name !== '', a.state])).toEqual([
      ['Amazon UK', '18.00', 'GBP', true, 'REQUESTED'],
      ['Amazon DE', '25.00', 'EUR', true, 'REQUESTED'],
    ]);
    expect(new Date(inbox[0]!.approvalDueAt!).getTime() - Date.now()).toBeLessThan(30 * 60_000);
    // Keyset pages: the second page starts after the first one's cursor.
    const first = (await gql(s.url, CompensationApprovalsDocument, { first: 1 }, tokens.supervisor)).data!.compensationApprovals;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await gql(s.url, CompensationApprovalsDocument, { first: 1, after: first.pageInfo.endCursor }, tokens.supervisor)).data!.compensationApprovals;
    expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(inbox.map((a) => a.id));
    expect(next.pageInfo.hasNextPage).toBe(false);
    const now = new Date();
    const report = (await gql(s.url, CompensationReportDocument, { from: new Date(now.getTime() - 130 * 86_400_000).toISOString(), to: now.toISOString() }, tokens.supervisor)).data!.compensationReport;
    expect(new Set(report.map((r) => r.month)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(report.map((r) => r.storeName))).toEqual(new Set(['Amazon DE', 'Amazon UK', 'Amazon US']));
    expect(report.every((r) => r.actions > 0 && r.costs.length === 1)).toBe(true);
    expect(report.some((r) => r.defectsAvoided > 0 && r.costs[0]!.costPerDefectAvoided !== null)).toBe(true);
  });

  /** A fresh Amazon DE order worth `value` EUR and a buyer's ticket about it. */
  async function ticketWithOrder(value = 80): Promise<{ ticketId: string; orderId: string }> {
    const orderId = `303-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const r = await post(s.url, '/api/v1/orders', DE, [
      { marketplaceOrderId: orderId, purchasedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(), fulfillmentChannel: 'MFN', items: [{ sku: 'MUG', quantity: 1, price: value, currency: 'EUR' }] },
    ]);
    expect(r.status).toBe(200);
    const m = await postMessage(s.url, DE, buyerMessage({ orderId, externalId: `<${randomUUID()}@marketplace.amazon.de>` }));
    expect(m.status).toBeLessThan(300);
    return { ticketId: m.body.ticketId!, orderId };
  }

  const refund = (ticketId: string, amount: string, reason = 'Parcel arrived late'): RequestCompensationInput => ({ ticketId, kind: 'PARTIAL_REFUND', amount, reason });
  const request = (who: string, input: RequestCompensationInput) => gql(s.url, RequestCompensationDocument, { input }, tokens[who]);
  const actionsOf = async (ticketId: string, who = 'agent.de') => (await gql(s.url, TicketCompensationDocument, { id: ticketId }, tokens[who])).data!.ticket.compensationActions;
  const rowCount = async (ticketId: string) => Number((await s.sql<{ n: string }>(`SELECT count(*) AS n FROM compensation_actions WHERE ticket_id = $1`, [ticketId]))[0]!.n);

  it('approves a request within the agent’s limit at once, and the timeline shows both steps', async () => {
    const { ticketId } = await ticketWithOrder();
    const r = await request('agent.de', refund(ticketId, '12.50'));
    expect(r.errors).toBeUndefined();
    expect(r.data!.requestCompensation).toMatchObject({ state: 'APPROVED', cost: '12.50', currency: 'EUR', autoApproved: true, approvalDueAt: null, requestedBy: { name: expect.any(String) } });
    const timeline = (await gql(s.url, TicketDocument, { id: ticketId }, tokens['agent.de'])).data!.ticket.timeline;
    const steps = timeline.filter((e) => e.type.startsWith('COMPENSATION_')).map((e) => [e.type, e.data.automatic]);
    expect(steps).toEqual([
      ['COMPENSATION_REQUESTED', false],
      ['COMPENSATION_APPROVED', true],
    ]);
    const [event] = await s.sql<{ payload: { state: string } }>(`SELECT payload FROM outbox_events WHERE type = 'compensation.changed' AND payload->>'actionId' = $1`, [r.data!.requestCompensation.id]);
    expect(event!.payload.state).toBe('APPROVED');
  });

  it('keeps a request above the limit waiting for a supervisor, who approves it with a reason; the agent cannot', async () => {
    const { ticketId } = await ticketWithOrder();
    const r = await request('agent.de', refund(ticketId, '25.00'));
    const action = r.data!.requestCompensation;
    expect(action).toMatchObject({ state: 'REQUESTED', cost: '25.00', autoApproved: false });
    expect(action.approvalDueAt).not.toBeNull();
    // The default approval target: 4 calendar hours.
    expect(new Date(action.approvalDueAt!).getTime() - new Date(action.requestedAt).getTime()).toBeGreaterThan(4 * 3_600_000 - 5_000);

    const inbox = await gql(s.url, CompensationApprovalsDocument, { first: 100 }, tokens.supervisor);
    expect(inbox.data!.compensationApprovals.edges.map((e) => e.node.id)).toContain(action.id);
    const requested = await s.sql(`SELECT 1 FROM outbox_events WHERE type = 'compensation.approvalRequested' AND payload->>'actionId' = $1`, [action.id]);
    expect(requested).toHaveLength(1);

    expect(codes(await gql(s.url, ApproveCompensationDocument, { input: { id: action.id, version: action.version, reason: 'ok' } }, tokens['agent.de']))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, CompensationApprovalsDocument, { first: 10 }, tokens['agent.de']))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, ApproveCompensationDocument, { input: { id: action.id, version: action.version, reason: '  ' } }, tokens.supervisor))).toEqual(['BAD_USER_INPUT']);

    const approved = await gql(s.url, ApproveCompensationDocument, { input: { id: action.id, version: action.version, reason: 'Loyal buyer, late parcel' } }, tokens.supervisor);
    expect(approved.data!.approveCompensation).toMatchObject({ state: 'APPROVED', reviewReason: 'Loyal buyer, late parcel', reviewedBy: { id: userIds.supervisor }, autoApproved: false });
    const [clock] = await s.sql<{ status: string }>(`SELECT status FROM sla_clocks WHERE kind = 'COMPENSATION_APPROVAL' AND ticket_id = $1`, [ticketId]);
    expect(clock!.status).toBe('MET');
    const inboxAfter = await gql(s.url, CompensationApprovalsDocument, { first: 100 }, tokens.supervisor);
    expect(inboxAfter.data!.compensationApprovals.edges.map((e) => e.node.id)).not.toContain(action.id);
  });

  it('counts earlier compensation on the order: a second 15 EUR refund by an agent waits for approval', async () => {
    const { ticketId } = await ticketWithOrder();
    const first = await request('agent.de', refund(ticketId, '15.00'));
    expect(first.data!.requestCompensation.state).toBe('APPROVED');
    const hint = await gql(s.url, CompensationHeadroomDocument, { ticketId }, tokens['agent.de']);
    expect(hint.data!.compensationHeadroom).toMatchObject({ currency: 'EUR', limit: '20.00', alreadyGranted: '15.00', left: '5.00', orderCurrency: 'EUR', orderValue: '80.00' });
    const second = await request('agent.de', refund(ticketId, '15.00', 'And a bit more'));
    expect(second.data!.requestCompensation.state).toBe('REQUESTED');
  });

  it('lets exactly one of two concurrent 15 EUR requests on one order through without approval', async () => {
    const { ticketId } = await ticketWithOrder();
    const results = await Promise.all([request('agent.de', refund(ticketId, '15.00', 'one')), request('agent.en', refund(ticketId, '15.00', 'two'))]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(results.map((r) => r.data!.requestCompensation.state).sort()).toEqual(['APPROVED', 'REQUESTED']);
  });

  it('refuses to edit an approved action and changes nothing; editing a waiting one re-checks the limit', async () => {
    const { ticketId } = await ticketWithOrder();
    const approved = (await request('agent.de', refund(ticketId, '10.00'))).data!.requestCompensation;
    const refused = await gql(s.url, EditCompensationDocument, { input: { id: approved.id, version: approved.version, kind: 'PARTIAL_REFUND', amount: '60.00', reason: 'more' } }, tokens['agent.de']);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions!.reason).toBe('COMPENSATION_NOT_EDITABLE');
    const [row] = await s.sql<{ cost_minor: string; version: number; state: string }>(`SELECT cost_minor, version, state FROM compensation_actions WHERE id = $1`, [approved.id]);
    expect(row).toEqual({ cost_minor: '1000', version: approved.version, state: 'APPROVED' });

    // 10 approved + 15 waiting = 25 > 20.
    const waiting = (await request('agent.de', refund(ticketId, '15.00'))).data!.requestCompensation;
    expect(waiting.state).toBe('REQUESTED');
    const stillAbove = await gql(s.url, EditCompensationDocument, { input: { id: waiting.id, version: waiting.version, kind: 'PARTIAL_REFUND', amount: '11.00', reason: 'a little less' } }, tokens['agent.de']);
    expect(stillAbove.data!.editCompensation).toMatchObject({ state: 'REQUESTED', cost: '11.00' });
    const within = await gql(
      s.url,
      EditCompensationDocument,
      { input: { id: waiting.id, version: stillAbove.data!.editCompensation.version, kind: 'PARTIAL_REFUND', amount: '10.00', reason: 'within my limit' } },
      tokens['agent.de'],
    );
    expect(within.data!.editCompensation).toMatchObject({ state: 'APPROVED', cost: '10.00', approvalDueAt: null, autoApproved: true });
  });

  it('does not let the requester approve their own request, nor a supervisor above their own limit; an admin can', async () => {
    const { ticketId } = await ticketWithOrder(500);
    const own = (await request('supervisor', refund(ticketId, '250.00'))).data!.requestCompensation;
    expect(own.state).toBe('REQUESTED');
    const selfApproval = await gql(s.url, ApproveCompensationDocument, { input: { id: own.id, version: own.version, reason: 'me' } }, tokens.supervisor);
    expect(codes(selfApproval)).toEqual(['FORBIDDEN']);
    expect(selfApproval.errors![0]!.extensions!.reason).toBe('OWN_REQUEST');
    await gql(s.url, RejectCompensationDocument, { input: { id: own.id, version: own.version, reason: 'Too much' } }, tokens.admin);

    const big = (await request('agent.de', refund(ticketId, '250.00'))).data!.requestCompensation;
    const over = await gql(s.url, ApproveCompensationDocument, { input: { id: big.id, version: big.version, reason: 'fine' } }, tokens.supervisor);
    expect(codes(over)).toEqual(['FORBIDDEN']);
    expect(over.errors![0]!.extensions!.reason).toBe('OVER_APPROVER_LIMIT');
    const byAdmin = await gql(s.url, ApproveCompensationDocument, { input: { id: big.id, version: big.version, reason: 'Key account' } }, tokens.admin);
    expect(byAdmin.data!.approveCompensation.state).toBe('APPROVED');
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const { ticketId } = await ticketWithOrder();
    const a = (await request('agent.de', refund(ticketId, '30.00'))).data!.requestCompensation;
    await gql(s.url, EditCompensationDocument, { input: { id: a.id, version: a.version, kind: 'PARTIAL_REFUND', amount: '31.00', reason: 'x' } }, tokens['agent.de']);
    const stale = await gql(s.url, RejectCompensationDocument, { input: { id: a.id, version: a.version, reason: 'no' } }, tokens.supervisor);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(a.version + 1);
    const [row] = await s.sql<{ state: string; cost_minor: string }>(`SELECT state, cost_minor FROM compensation_actions WHERE id = $1`, [a.id]);
    expect(row).toEqual({ state: 'REQUESTED', cost_minor: '3100' });
  });

  it('executes with a reference (required without a connector), marks failures, and records outcomes that feed the report', async () => {
    const { ticketId } = await ticketWithOrder();
    const a = (await request('agent.de', { ticketId, kind: 'COUPON', couponValue: '8.00', reason: 'Sorry for the wait' })).data!.requestCompensation;
    const noRef = await gql(s.url, ExecuteCompensationDocument, { input: { id: a.id, version: a.version, reference: ' ' } }, tokens['agent.de']);
    expect(codes(noRef)).toEqual(['BAD_USER_INPUT']);
    const early = await gql(s.url, RecordCompensationOutcomeDocument, { input: { id: a.id, version: a.version, outcome: 'BUYER_SATISFIED' } }, tokens['agent.de']);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    const done = (await gql(s.url, ExecuteCompensationDocument, { input: { id: a.id, version: a.version, reference: 'COUPON-XY12' } }, tokens['agent.de'])).data!.executeCompensation;
    expect(done).toMatchObject({ state: 'EXECUTED', executionReference: 'COUPON-XY12', executedBy: { id: userIds['agent.de'] } });
    const outcome = await gql(s.url, RecordCompensationOutcomeDocument, { input: { id: a.id, version: done.version, outcome: 'FEEDBACK_REMOVED' } }, tokens['agent.de']);
    expect(outcome.data!.recordCompensationOutcome.outcome).toBe('FEEDBACK_REMOVED');

    const b = (await request('agent.de', { ticketId, kind: 'PREPAID_RETURN_LABEL', labelCost: '4.00', reason: 'Return' })).data!.requestCompensation;
    const failed = await gql(s.url, MarkCompensationFailedDocument, { input: { id: b.id, version: b.version, reason: 'Carrier refused the label' } }, tokens['agent.de']);
    expect(failed.data!.markCompensationFailed).toMatchObject({ state: 'FAILED', failureReason: 'Carrier refused the label' });

    // A store of its own, so the report's figures are this test's.
    const [store] = await s.sql<{ id: string }>(`SELECT store_id AS id FROM tickets WHERE id = $1`, [ticketId]);
    const month = new Date().toISOString().slice(0, 7);
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const report = await gql(s.url, CompensationReportDocument, { storeId: store!.id, from, to }, tokens.supervisor);
    expect(report.errors).toBeUndefined();
    const row = report.data!.compensationReport.find((r) => r.month === month)!;
    const executed = await s.sql<{ n: string; cost: string; avoided: string; satisfied: string }>(
      `SELECT count(*) AS n, sum(cost_minor) AS cost,
              count(*) FILTER (WHERE outcome IN ('FEEDBACK_REMOVED', 'FEEDBACK_REVISED', 'CLAIM_WITHDRAWN', 'RETURN_AVOIDED')) AS avoided,
              count(*) FILTER (WHERE outcome = 'BUYER_SATISFIED') AS satisfied
         FROM compensation_actions WHERE store_id = $1 AND state = 'EXECUTED' AND executed_at >= $2 AND executed_at < $3 AND currency = 'EUR'`,
      [store!.id, from, to],
    );
    expect(row.storeName).toBe('Amazon DE');
    expect(row.actions).toBe(Number(executed[0]!.n));
    expect(row.defectsAvoided).toBe(Number(executed[0]!.avoided));
    expect(row.defectsAvoided).toBeGreaterThanOrEqual(1);
    expect(row.buyerSatisfied).toBe(Number(executed[0]!.satisfied));
    const eur = row.costs.find((c) => c.currency === 'EUR')!;
    expect(eur.cost).toBe((Number(executed[0]!.cost) / 100).toFixed(2));
    expect(eur.costPerDefectAvoided).toBe((Math.round(Number(executed[0]!.cost) / row.defectsAvoided) / 100).toFixed(2));
  });

  it('fires the approval clock’s warning and breach exactly once, and shows them on the timeline', async () => {
    const { ticketId } = await ticketWithOrder();
    const a = (await request('agent.de', refund(ticketId, '40.00'))).data!.requestCompensation;
    const [clock] = await s.sql<{ id: string }>(`SELECT id FROM sla_clocks WHERE kind = 'COMPENSATION_APPROVAL' AND ticket_id = $1`, [ticketId]);
    const sweeper = s.app.get(SlaSweeperService);
    await s.sql(`UPDATE sla_clocks SET warn_at = now() - interval '1 second', due_at = now() + interval '1 hour' WHERE id = $1`, [clock!.id]);
    await sweeper.sweep();
    await sweeper.sweep();
    await s.sql(`UPDATE sla_clocks SET due_at = now() - interval '1 second' WHERE id = $1`, [clock!.id]);
    await sweeper.sweep();
    await sweeper.sweep();
    const fired = await s.sql<{ type: string }>(`SELECT type FROM outbox_events WHERE type IN ('sla.warning', 'sla.breached') AND payload->>'clockId' = $1 ORDER BY id`, [clock!.id]);
    expect(fired.map((f) => f.type)).toEqual(['sla.warning', 'sla.breached']);
    const timeline = (await gql(s.url, TicketDocument, { id: ticketId }, tokens['agent.de'])).data!.ticket.timeline;
    expect(timeline.filter((e) => e.data.kind === 'COMPENSATION_APPROVAL').map((e) => e.type)).toEqual(['SLA_WARNING', 'SLA_BREACHED']);
    // Deciding after the breach still records the decision; the clock stays breached.
    await gql(s.url, RejectCompensationDocument, { input: { id: a.id, version: a.version, reason: 'Too late and too much' } }, tokens.supervisor);
    const [after] = await s.sql<{ status: string; met_at: Date | null }>(`SELECT status, met_at FROM sla_clocks WHERE id = $1`, [clock!.id]);
    expect(after!.status).toBe('BREACHED');
    expect(after!.met_at).not.toBeNull();
    const steps = (await actionsOf(ticketId)).map((x) => x.state);
    expect(steps).toEqual(['REJECTED']);
  });

  it('moves compensation and its approval clock with a merged ticket', async () => {
    const address = `merge.${randomUUID().slice(0, 8)}@marketplace.amazon.de`;
    const open = async (subject: string) => {
      const m = await postMessage(s.url, DE, buyerMessage({ from: { address, name: 'Merge Buyer' }, subject }));
      const [row] = await s.sql<{ version: number }>(`SELECT version FROM tickets WHERE id = $1`, [m.body.ticketId]);
      return { id: m.body.ticketId!, version: row!.version };
    };
    const a = await open('Bestellung 302-2000000-0000001');
    const b = await open('Bestellung 302-2000000-0000002');
    const waiting = (await request('agent.de', { ticketId: b.id, kind: 'COUPON', couponValue: '30.00', currency: 'EUR', reason: 'x' })).data!.requestCompensation;
    expect(waiting.state).toBe('REQUESTED');
    const merged = await gql(s.url, MergeTicketsDocument, { input: { sourceTicketId: b.id, sourceVersion: b.version, targetTicketId: a.id, targetVersion: a.version } }, tokens['agent.de']);
    expect(merged.errors).toBeUndefined();
    expect((await actionsOf(a.id)).map((x) => x.id)).toEqual([waiting.id]);
    expect(await actionsOf(b.id)).toEqual([]);
    const [clock] = await s.sql<{ ticket_id: string }>(`SELECT ticket_id FROM sla_clocks WHERE kind = 'COMPENSATION_APPROVAL' AND id = (SELECT approval_clock_id FROM compensation_actions WHERE id = $1)`, [waiting.id]);
    expect(clock!.ticket_id).toBe(a.id);
  });

  it('refuses invalid offers with BAD_USER_INPUT and writes nothing', async () => {
    const { ticketId } = await ticketWithOrder();
    for (const input of [
      refund(ticketId, '-5.00'),
      { ticketId, kind: 'PARTIAL_REFUND' as const, percent: 120, reason: 'x' },
      { ...refund(ticketId, '5.00'), currency: 'ZZZ' },
      refund(ticketId, '5.001'),
      refund(ticketId, '90.00'), // above the 80 EUR order
      { ticketId, kind: 'COUPON' as const, reason: 'no value' },
      refund(ticketId, '5.00', '   '),
    ]) {
      const r = await request('agent.de', input);
      expect([JSON.stringify(input), codes(r)]).toEqual([JSON.stringify(input), ['BAD_USER_INPUT']]);
    }
    expect(await rowCount(ticketId)).toBe(0);
  });

  it('takes a percent of the order and a full refund from the order value', async () => {
    const { ticketId } = await ticketWithOrder(49.99);
    const pct = (await request('admin', { ticketId, kind: 'PARTIAL_REFUND', percent: 10, reason: 'Scratched' })).data!.requestCompensation;
    expect(pct).toMatchObject({ cost: '5.00', percent: 10, orderValue: '49.99', state: 'APPROVED' });
    const full = (await request('admin', { ticketId, kind: 'FULL_REFUND', reason: 'Broken' })).data!.requestCompensation;
    expect(full).toMatchObject({ cost: '49.99', state: 'APPROVED' });
  });

  it('lets an admin edit the limits and the approval target (versioned), and the limits apply to new requests', async () => {
    const initial = (await gql(s.url, CompensationLimitsDocument, {}, tokens.admin)).data!.compensationLimits;
    expect(initial.version).toBe(0);
    expect(initial.approvalHours).toBe(4);
    expect(initial.roles.find((r) => r.role === 'ADMIN')!.unlimited).toBe(true);
    expect(initial.roles.find((r) => r.role === 'AGENT')!.limits).toContainEqual({ currency: 'EUR', amount: '20.00' });

    const input = { version: 0, approvalHours: 2, limits: [{ role: 'AGENT' as const, unlimited: false, limits: [{ currency: 'EUR', amount: '5.00' }] }] };
    expect(codes(await gql(s.url, UpdateCompensationLimitsDocument, { input }, tokens.supervisor))).toEqual(['FORBIDDEN']);
    const saved = (await gql(s.url, UpdateCompensationLimitsDocument, { input }, tokens.admin)).data!.updateCompensationLimits;
    expect(saved).toMatchObject({ version: 1, approvalHours: 2 });
    expect(codes(await gql(s.url, UpdateCompensationLimitsDocument, { input }, tokens.admin))).toEqual(['CONFLICT']);
    expect(codes(await gql(s.url, UpdateCompensationLimitsDocument, { input: { ...input, version: 1, approvalHours: 0 } }, tokens.admin))).toEqual(['BAD_USER_INPUT']);

    const { ticketId } = await ticketWithOrder();
    const a = (await request('agent.de', refund(ticketId, '6.00'))).data!.requestCompensation;
    expect(a.state).toBe('REQUESTED');
    expect(new Date(a.approvalDueAt!).getTime() - new Date(a.requestedAt).getTime()).toBeLessThan(2 * 3_600_000 + 5_000);

    // Back to the defaults for the other tests.
    await gql(s.url, UpdateCompensationLimitsDocument, { input: { version: 1, approvalHours: 4, limits: [{ role: 'AGENT', unlimited: false, limits: [{ currency: 'EUR', amount: '20.00' }, { currency: 'USD', amount: '22.00' }, { currency: 'GBP', amount: '17.00' }, { currency: 'JPY', amount: '3500' }] }] } }, tokens.admin);
  });
});
