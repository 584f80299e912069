import type { ClaimColumn } from '../../claims/claims.repository';
import type { FeedbackColumn } from '../../feedback/feedback.repository';
import type { OrderColumn } from '../../orders/orders.repository';
import type { ReturnColumn } from '../../returns/returns.repository';
import type { IngestKind } from '../ingest/ingest.kinds';
import { parseAmount, parseReportDate, parseYesNo } from './report-dates';
import { ReportFileError } from './report-error';
import type { TabularFormat, TabularRow } from './tabular-rows';

export interface ReportContext {
  /** Short dates are day-first outside North America (see report-dates.ts). */
  dayFirst: boolean;
}

/**
 * A row-per-record report file and how its columns become the ingest API's rows (channels/ingest), so the
 * same validation applies to files and to connectors.
 */
export interface TabularReport {
  kind: IngestKind;
  formats: readonly TabularFormat[];
  /** Header names (lower-case) the file must have; alternatives separated by '|'. */
  required: readonly string[];
  /** The columns this file may overwrite: a field it does not carry never clears what a connector set. */
  columns: readonly string[];
  /** Input field → the file column to name in an error. */
  fieldColumns: Readonly<Record<string, string>>;
  toInput(row: TabularRow, ctx: ReportContext): Record<string, unknown> | null;
  /** For files with one line per item: folds a further line of the same record into the first. */
  merge?(into: Record<string, unknown>, next: Record<string, unknown>): void;
}

/** The first present of `names` ('a|b'), '' when the cell is empty. */
export function cell(row: TabularRow, names: string): string {
  for (const n of names.split('|')) {
    const v = row.cells.get(n);
    if (v !== undefined) return v;
  }
  return '';
}

const opt = (v: string) => (v === '' ? null : v);
const dateOrNull = (row: TabularRow, name: string, ctx: ReportContext) => {
  const v = cell(row, name);
  return v === '' ? null : parseReportDate(v, ctx.dayFirst, row.row, name.split('|')[0]!);
};
const req = (row: TabularRow, name: string): string => {
  const v = cell(row, name);
  if (v === '') throw new ReportFileError(row.row, name.split('|')[0]!, 'is empty');
  return v;
};
const intOf = (row: TabularRow, name: string): number | null => {
  const v = cell(row, name);
  if (v === '') return null;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new ReportFileError(row.row, name, `"${v}" is not a whole number`);
  return n;
};

/** GET_SELLER_FEEDBACK_DATA: Date, Rating, Comments, Response, Order ID, Rater Email (DOMAIN.md §2.2). */
const sellerFeedback: TabularReport = {
  kind: 'feedback',
  formats: ['TSV'],
  required: ['date', 'rating', 'order id'],
  // Removal and strike-through come from connectors; the report does not know them.
  columns: ['marketplace_order_id', 'rating', 'comment', 'left_at'] satisfies FeedbackColumn[],
  fieldColumns: { marketplaceOrderId: 'Order ID', rating: 'Rating', comment: 'Comments', leftAt: 'Date' },
  toInput(row, ctx) {
    const rating = Number(req(row, 'rating'));
    // `Rater Email` is buyer PII and is dropped here, never stored (DOMAIN.md §2.2).
    return {
      marketplaceOrderId: req(row, 'order id'),
      rating: Number.isFinite(rating) ? rating : cell(row, 'rating'),
      comment: opt(cell(row, 'comments|comment')),
      leftAt: parseReportDate(req(row, 'date'), ctx.dayFirst, row.row, 'Date'),
    };
  },
};

const RETURN_STATUS: Record<string, 'AUTHORIZED' | 'CLOSED' | 'REJECTED'> = {
  approved: 'AUTHORIZED',
  authorized: 'AUTHORIZED',
  authorised: 'AUTHORIZED',
  closed: 'CLOSED',
  completed: 'CLOSED',
  rejected: 'REJECTED',
  denied: 'REJECTED',
};

/** GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE (DOMAIN.md §2.3): seller-fulfilled return requests. */
const flatFileReturns: TabularReport = {
  kind: 'returns',
  formats: ['TSV'],
  required: ['order id', 'return request date', 'amazon rma id'],
  columns: [
    'marketplace_return_id',
    'marketplace_order_id',
    'fulfillment_channel',
    'requested_at',
    'reason',
    'in_policy',
    'resolution',
    'refund_amount',
    'currency',
    'sku',
    'asin',
    'quantity',
  ] satisfies ReturnColumn[],
  fieldColumns: {
    returnId: 'Amazon RMA ID',
    marketplaceOrderId: 'Order ID',
    requestedAt: 'Return request date',
    inPolicy: 'In policy',
    resolution: 'Return request status',
    refundAmount: 'Refunded Amount',
    currency: 'Currency code',
    sku: 'Merchant SKU',
    asin: 'ASIN',
    quantity: 'Return quantity',
  },
  toInput(row, ctx) {
    const refunded = cell(row, 'refunded amount');
    const refundAmount = refunded === '' ? null : parseAmount(refunded, row.row, 'Refunded Amount');
    const status = RETURN_STATUS[cell(row, 'return request status').toLowerCase()] ?? null;
    const inPolicy = cell(row, 'in policy');
    return {
      returnId: req(row, 'amazon rma id'),
      marketplaceOrderId: req(row, 'order id'),
      fulfillmentChannel: 'MFN',
      requestedAt: parseReportDate(req(row, 'return request date'), ctx.dayFirst, row.row, 'Return request date'),
      reason: opt(cell(row, 'return reason')),
      inPolicy: inPolicy === '' ? true : parseYesNo(inPolicy, row.row, 'In policy'),
      resolution: refundAmount !== null && refundAmount > 0 ? 'REFUNDED' : status,
      refundAmount,
      currency: opt(cell(row, 'currency code')),
      sku: opt(cell(row, 'merchant sku')),
      asin: opt(cell(row, 'asin')),
      quantity: intOf(row, 'return quantity'),
    };
  },
};

/** GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA (DOMAIN.md §2.3): FBA returns, which Amazon answers itself. */
const fbaCustomerReturns: TabularReport = {
  kind: 'returns',
  formats: ['TSV'],
  required: ['return-date', 'order-id', 'sku'],
  columns: ['marketplace_return_id', 'marketplace_order_id', 'fulfillment_channel', 'requested_at', 'reason', 'sku', 'asin', 'quantity'] satisfies ReturnColumn[],
  fieldColumns: { returnId: 'license-plate-number', marketplaceOrderId: 'order-id', requestedAt: 'return-date', sku: 'sku', asin: 'asin', quantity: 'quantity' },
  toInput(row, ctx) {
    const requestedAt = parseReportDate(req(row, 'return-date'), ctx.dayFirst, row.row, 'return-date');
    const orderId = req(row, 'order-id');
    const sku = req(row, 'sku');
    // The report has no return id: order, SKU and the license plate (or the return date) identify a row.
    const lpn = cell(row, 'license-plate-number');
    return {
      returnId: `FBA:${orderId}:${sku}:${lpn || requestedAt}`,
      marketplaceOrderId: orderId,
      fulfillmentChannel: 'AFN',
      requestedAt,
      reason: opt(cell(row, 'reason')),
      sku,
      asin: opt(cell(row, 'asin')),
      quantity: intOf(row, 'quantity'),
    };
  },
};

/**
 * The all-orders flat file (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_*_GENERAL): one line per item. It carries no
 * ship-by date, ship confirmation or who cancelled, so it writes only the order's identity and items.
 */
const allOrders: TabularReport = {
  kind: 'orders',
  formats: ['TSV'],
  required: ['amazon-order-id', 'purchase-date', 'fulfillment-channel'],
  columns: ['marketplace_order_id', 'purchased_at', 'fulfillment_channel', 'items'] satisfies OrderColumn[],
  fieldColumns: {
    marketplaceOrderId: 'amazon-order-id',
    purchasedAt: 'purchase-date',
    fulfillmentChannel: 'fulfillment-channel',
    items: 'sku',
  },
  toInput(row, ctx) {
    const channel = cell(row, 'fulfillment-channel').toLowerCase();
    const fulfillmentChannel = channel === 'amazon' || channel === 'afn' ? 'AFN' : channel === 'merchant' || channel === 'mfn' ? 'MFN' : null;
    if (!fulfillmentChannel) throw new ReportFileError(row.row, 'fulfillment-channel', `"${cell(row, 'fulfillment-channel')}" is neither Amazon nor Merchant`);
    const price = cell(row, 'item-price');
    const quantity = intOf(row, 'quantity|quantity-purchased');
    return {
      marketplaceOrderId: req(row, 'amazon-order-id'),
      purchasedAt: parseReportDate(req(row, 'purchase-date'), ctx.dayFirst, row.row, 'purchase-date'),
      fulfillmentChannel,
      items:
        cell(row, 'sku') || cell(row, 'asin')
          ? [
              {
                sku: opt(cell(row, 'sku')),
                asin: opt(cell(row, 'asin')),
                quantity: quantity === null || quantity < 1 ? 1 : quantity,
                price: price === '' ? null : parseAmount(price, row.row, 'item-price'),
                currency: opt(cell(row, 'currency')),
              },
            ]
          : [],
    };
  },
  merge(into, next) {
    (into.items as unknown[]).push(...(next.items as unknown[]));
  },
};

const CLAIM_DECISIONS: Record<string, string> = {
  granted: 'GRANTED',
  'refunded-by-seller': 'REFUNDED_BY_SELLER',
  'order-cancelled': 'ORDER_CANCELLED',
  'decided-for-seller': 'DECIDED_FOR_SELLER',
  denied: 'DECIDED_FOR_SELLER',
  withdrawn: 'WITHDRAWN',
};

/**
 * Lifeline's claim formats (Amazon has no A-to-z or chargeback report, DOMAIN.md §2.4), CSV or XLSX with
 * the header: claim-id, order-id, opened-at, amount, currency, status (open|closed), decision
 * (granted|refunded-by-seller|order-cancelled|decided-for-seller|withdrawn), decided-at, funded-by
 * (seller|amazon), buy-shipping-protected (Y|N), and for chargebacks chargeback-type (service|fraud).
 */
function lifelineClaims(kind: 'A_TO_Z' | 'CHARGEBACK'): TabularReport {
  return {
    kind: 'claims',
    formats: ['CSV', 'XLSX'],
    required: ['claim-id', 'order-id', 'opened-at', 'status'],
    columns: [
      'kind',
      'marketplace_claim_id',
      'marketplace_order_id',
      'opened_at',
      'amount',
      'currency',
      'status',
      'decision',
      'decided_at',
      'funded_by',
      'chargeback_type',
      'buy_shipping_protected',
    ] satisfies ClaimColumn[],
    fieldColumns: {
      claimId: 'claim-id',
      marketplaceOrderId: 'order-id',
      openedAt: 'opened-at',
      amount: 'amount',
      currency: 'currency',
      status: 'status',
      decision: 'decision',
      decidedAt: 'decided-at',
      fundedBy: 'funded-by',
      chargebackType: 'chargeback-type',
      buyShippingProtected: 'buy-shipping-protected',
    },
    toInput(row, ctx) {
      const decision = cell(row, 'decision').toLowerCase();
      const amount = cell(row, 'amount');
      const protectedCell = cell(row, 'buy-shipping-protected');
      return {
        claimId: req(row, 'claim-id'),
        kind,
        marketplaceOrderId: req(row, 'order-id'),
        openedAt: parseReportDate(req(row, 'opened-at'), ctx.dayFirst, row.row, 'opened-at'),
        amount: amount === '' ? null : parseAmount(amount, row.row, 'amount'),
        currency: opt(cell(row, 'currency').toUpperCase()),
        status: req(row, 'status').toUpperCase(),
        decision: decision === '' ? null : (CLAIM_DECISIONS[decision] ?? decision),
        decidedAt: dateOrNull(row, 'decided-at', ctx),
        fundedBy: opt(cell(row, 'funded-by').toUpperCase()),
        chargebackType: kind === 'CHARGEBACK' ? opt(cell(row, 'chargeback-type').toUpperCase()) : null,
        buyShippingProtected: protectedCell === '' ? false : parseYesNo(protectedCell, row.row, 'buy-shipping-protected'),
      };
    },
  };
}

export const TABULAR_REPORTS: Readonly<Record<string, TabularReport>> = {
  GET_SELLER_FEEDBACK_DATA: sellerFeedback,
  GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE: flatFileReturns,
  GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA: fbaCustomerReturns,
  GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL: allOrders,
  GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: allOrders,
  LIFELINE_A_TO_Z_CLAIMS: lifelineClaims('A_TO_Z'),
  LIFELINE_CHARGEBACKS: lifelineClaims('CHARGEBACK'),
};
