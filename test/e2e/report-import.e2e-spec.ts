import { readFile } from 'node:fs/promises';
import { AccountHealthDocument } from '@lifeline/api-contract';
import { gql, login } from '../support/graphql';
import { createTestStore, post } from '../support/health-ingest';
import { startTestServer, type TestServer } from '../support/server';

const KEY = 'lk_test_imports_es_0001';
const TSV = 'text/tab-separated-values';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AS_OF = '2026-04-01T00:00:00Z';

const fixture = (path: string) => readFile(`test/fixtures/${path}`);

describe('report file imports', () => {
  let s: TestServer;
  let admin: string;
  let storeId: string;

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
    ({ storeId } = await createTestStore(s, 'Amazon ES', KEY));
  });
  afterAll(() => s?.close());

  const importFile = async (type: string, path: string, contentType = TSV) => post(s.url, `/api/v1/imports/${type}`, KEY, await fixture(path), contentType);
  const count = async (table: string) => Number((await s.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE store_id = $1`, [storeId]))[0]!.n);
  const metrics = async () => {
    const r = await gql(s.url, AccountHealthDocument, { storeId, asOf: AS_OF }, admin);
    expect(r.errors).toBeUndefined();
    return r.data!.accountHealth;
  };
  const metric = (h: Awaited<ReturnType<typeof metrics>>, key: string, channel: string | null) =>
    h.metrics.find((m) => m.key === key && m.fulfillmentChannel === channel)!;

  it('imports the all-orders flat file, one order per order id with every item line', async () => {
    const r = await importFile('GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL', 'amazon/all-orders.tsv');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ rows: 11, created: 10, updated: 0, repeat: false });
    const [two] = await s.sql<{ items: { sku: string; quantity: number }[]; fulfillment_channel: string }>(
      `SELECT items, fulfillment_channel FROM orders WHERE store_id = $1 AND marketplace_order_id = '302-0000001-0000002'`,
      [storeId],
    );
    expect(two!.items.map((i) => [i.sku, i.quantity])).toEqual([
      ['MUG-01', 1],
      ['PLATE-02', 2],
    ]);
    expect(two!.fulfillment_channel).toBe('MFN');
  });

  it('answers the same file again with the first result and writes nothing', async () => {
    const first = (await s.sql<{ id: string }>(`SELECT id FROM report_imports WHERE store_id = $1`, [storeId]))[0]!;
    const again = await importFile('GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL', 'amazon/all-orders.tsv');
    expect(again.json).toMatchObject({ importId: first.id, created: 10, repeat: true });
    expect(await count('report_imports')).toBe(1);
  });

  it('imports seller feedback (TSV, day-first dates) without keeping the rater e-mail', async () => {
    const r = await importFile('GET_SELLER_FEEDBACK_DATA', 'amazon/seller-feedback.tsv');
    expect(r.json).toMatchObject({ rows: 3, created: 3 });
    const rows = await s.sql<{ marketplace_order_id: string; rating: number; left_at: Date; comment: string }>(
      `SELECT marketplace_order_id, rating, left_at, comment FROM seller_feedback WHERE store_id = $1 ORDER BY marketplace_order_id`,
      [storeId],
    );
    expect(rows[0]).toMatchObject({ marketplace_order_id: '302-0000001-0000001', rating: 1, comment: 'Nunca llegó "el pedido"' });
    expect(rows[0]!.left_at.toISOString()).toBe('2026-03-05T00:00:00.000Z');
    expect(JSON.stringify(await s.sql(`SELECT * FROM seller_feedback WHERE store_id = $1`, [storeId]))).not.toContain('buyer1@');
  });

  it('imports A-to-z claims from CSV and chargebacks from XLSX in the Lifeline formats', async () => {
    expect((await importFile('LIFELINE_A_TO_Z_CLAIMS', 'lifeline/a-to-z-claims.csv', 'text/csv')).json).toMatchObject({ rows: 2, created: 2 });
    expect((await importFile('LIFELINE_CHARGEBACKS', 'lifeline/chargebacks.xlsx', XLSX)).json).toMatchObject({ rows: 2, created: 2 });
    const [cb] = await s.sql<{ chargeback_type: string; opened_at: Date }>(
      `SELECT chargeback_type, opened_at FROM claims WHERE store_id = $1 AND marketplace_claim_id = 'CB-ES-9'`,
      [storeId],
    );
    expect(cb).toMatchObject({ chargeback_type: 'SERVICE' });
    expect(cb!.opened_at.toISOString()).toBe('2026-03-22T08:00:00.000Z');
  });

  it('imports both returns reports; FBA returns stay out of the Return Dissatisfaction Rate', async () => {
    expect((await importFile('GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE', 'amazon/returns.tsv')).json).toMatchObject({ rows: 2, created: 2 });
    expect((await importFile('GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA', 'amazon/fba-customer-returns.tsv')).json).toMatchObject({ rows: 2, created: 2 });
    const h = await metrics();
    // RMA 0006 refunded; RMA 0007 is an in-policy request rejected: an Invalid Rejection (DOMAIN.md §1.3).
    expect(metric(h, 'RETURN_DISSATISFACTION_RATE', null)).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, status: 'BREACH' });
  });

  it('reads ODR from the imported files, per channel, by purchase date', async () => {
    const h = await metrics();
    // Negative feedback on 1 and 3, the open claim on 4 (5 was withdrawn), the service chargeback on 9 (10 is fraud).
    expect(metric(h, 'ORDER_DEFECT_RATE', 'ALL')).toMatchObject({ numerator: 4, denominator: 10, value: 0.4, status: 'BREACH', defectBudget: 0 });
    expect(metric(h, 'ORDER_DEFECT_RATE', 'MFN')).toMatchObject({ numerator: 3, denominator: 7 });
    expect(metric(h, 'ORDER_DEFECT_RATE', 'AFN')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(metric(h, 'NEGATIVE_FEEDBACK_RATE', 'ALL')).toMatchObject({ numerator: 2 });
    expect(metric(h, 'A_TO_Z_CLAIM_RATE', 'ALL')).toMatchObject({ numerator: 1 });
    expect(metric(h, 'CHARGEBACK_RATE', 'ALL')).toMatchObject({ numerator: 1 });
    expect(metric(h, 'ORDER_DEFECT_RATE', 'MFN').amazon).toBeNull();
  });

  it("imports the performance report in the example's spellings and shows Amazon's figure beside Lifeline's", async () => {
    const r = await importFile('GET_V2_SELLER_PERFORMANCE_REPORT', 'amazon/seller-performance-report.json', 'text/plain');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ repeat: false });
    const h = await metrics();
    expect(h.accountStatus).toBe('NORMAL');
    expect(h.amazonAccountHealthRating).toBe(242);
    const mfn = metric(h, 'ORDER_DEFECT_RATE', 'MFN');
    expect(mfn.amazon).toMatchObject({ value: 0.4286, numerator: 3, denominator: 7, status: 'BAD', targetValue: 0.01, targetCondition: 'LESS_THAN' });
    expect(mfn.amazon!.difference).toBeCloseTo(3 / 7 - 0.4286, 6);
    expect(metric(h, 'ORDER_DEFECT_RATE', 'ALL').amazon).toBeNull();
    // `prefulfillmentCancelRate` (the example's spelling) is read; VTR's report target (90 %) wins over 95 %.
    expect(metric(h, 'PRE_FULFILLMENT_CANCEL_RATE', 'MFN').amazon).toMatchObject({ targetValue: 0.025 });
    expect(metric(h, 'VALID_TRACKING_RATE', 'MFN')).toMatchObject({ redLine: 0.9 });
  });

  describe('broken files: a clear error with row and column, nothing imported', () => {
    const cases: [string, string, string, number | null, string | null, string][] = [
      ['GET_SELLER_FEEDBACK_DATA', 'amazon/seller-feedback-bad-rating.tsv', TSV, 3, 'Rating', 'seller_feedback'],
      ['GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE', 'amazon/returns-bad-in-policy.tsv', TSV, 2, 'In policy', 'return_requests'],
      ['GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA', 'amazon/fba-customer-returns-missing-order-id.tsv', TSV, 1, 'order-id', 'return_requests'],
      ['GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL', 'amazon/all-orders-bad-channel.tsv', TSV, 9, 'fulfillment-channel', 'orders'],
      ['LIFELINE_A_TO_Z_CLAIMS', 'lifeline/a-to-z-claims-bad-status.csv', 'text/csv', 3, 'status', 'claims'],
      ['LIFELINE_CHARGEBACKS', 'lifeline/chargebacks-bad-date.xlsx', XLSX, 3, 'opened-at', 'claims'],
      ['GET_V2_SELLER_PERFORMANCE_REPORT', 'amazon/seller-performance-report-bad-rate.json', 'text/plain', null, 'performanceMetrics[0].lateShipmentRate.rate', 'amazon_performance_reports'],
    ];
    it.each(cases)('%s %s', async (type, path, contentType, row, column, table) => {
      const before = await count(table);
      const r = await importFile(type, path, contentType);
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({ code: 'BAD_USER_INPUT', row, column });
      expect((r.json as { message: string }).message).toMatch(/Nothing was imported/);
      expect(await count(table)).toBe(before);
    });

    it('names the line and column where truncated JSON stops', async () => {
      const r = await importFile('GET_V2_SELLER_PERFORMANCE_REPORT', 'amazon/seller-performance-report-truncated.json', 'application/octet-stream');
      expect(r.status).toBe(400);
      expect((r.json as { row: number }).row).toBeGreaterThan(1);
      expect((r.json as { column: string }).column).toBeTruthy();
    });

    it('refuses an unknown report type and a file in the wrong format', async () => {
      expect((await importFile('GET_MYSTERY_REPORT', 'amazon/returns.tsv')).status).toBe(400);
      expect((await importFile('GET_SELLER_FEEDBACK_DATA', 'lifeline/chargebacks.xlsx', XLSX)).status).toBe(400);
    });
  });
});
