// Seller-fulfilled shipping metrics: late shipment (10/30 days), pre-fulfilment cancel rate, valid tracking
// rate, on-time delivery rate (DOMAIN.md §1.2, §6). MFN orders only: Amazon fulfils AFN orders itself.
import type { OrderFacts } from './amazon-facts';
import { happened, thresholdsOf, type HealthContext } from './context';
import type { EpochMs, MetricKey, MetricPolicy, MetricResult } from './metric';
import { buildMetricResult } from './status';
import type { LateShipmentDateBasis } from './thresholds';
import { inWindow, policyWindow, type TimeWindow } from './time';

export interface ShippingMetrics {
  lateShipmentRate10d: MetricResult;
  lateShipmentRate30d: MetricResult;
  preFulfillmentCancelRate: MetricResult;
  validTrackingRate: MetricResult;
  onTimeDeliveryRate: MetricResult;
}

/** Cancelled by `asOf` and never ship-confirmed before the cancel. */
function isCancelled(order: OrderFacts, asOf: EpochMs): boolean {
  if (!happened(order.cancelledAt, asOf)) return false;
  return !happened(order.shipConfirmedAt, order.cancelledAt);
}

/**
 * Ship-confirmed after `LatestShipDate` (DOMAIN.md §1.2, §6). An order still unconfirmed past its ship-by
 * date is already late (Amazon counts it once confirmed), unless it was cancelled — that is a cancel.
 */
export function isLateShipment(order: OrderFacts, asOf: EpochMs): boolean {
  if (order.latestShipDate === null || isCancelled(order, asOf)) return false;
  if (happened(order.shipConfirmedAt, asOf)) return order.shipConfirmedAt > order.latestShipDate;
  return asOf > order.latestShipDate;
}

/**
 * Seller cancelled before ship-confirm. Buyer-requested cancels are excluded; after ship-confirm, not shipping
 * is a refund, not a cancel (DOMAIN.md §1.2 CR).
 */
export function isSellerCancellation(order: OrderFacts, asOf: EpochMs): boolean {
  return order.cancelledBy === 'SELLER' && isCancelled(order, asOf);
}

/** Delivered on or before the promised date, and not ship-confirmed after it (DOMAIN.md §1.2 OTDR). */
export function isDeliveredOnTime(order: OrderFacts, asOf: EpochMs): boolean {
  const promised = order.promisedDeliveryAt;
  if (promised === null || !happened(order.deliveredAt, asOf)) return false;
  if (order.shipConfirmedAt !== null && order.shipConfirmedAt > promised) return false;
  return order.deliveredAt <= promised;
}

function lsrDate(order: OrderFacts, basis: LateShipmentDateBasis): EpochMs | null {
  return basis === 'EXPECTED_SHIP_DATE' ? order.latestShipDate : order.purchasedAt;
}

interface Counter {
  key: MetricKey;
  policy: MetricPolicy;
  window: TimeWindow;
  numerator: number;
  denominator: number;
}

export function computeShippingMetrics(orders: readonly OrderFacts[], ctx: HealthContext): ShippingMetrics {
  const thresholds = thresholdsOf(ctx);
  const { asOf } = ctx;
  const counter = (key: MetricKey): Counter => {
    const policy = thresholds.metrics[key];
    return {
      key,
      policy,
      window: policyWindow(asOf, policy),
      numerator: 0,
      denominator: 0,
    };
  };
  const lsr10 = counter('LATE_SHIPMENT_RATE_10D');
  const lsr30 = counter('LATE_SHIPMENT_RATE_30D');
  const cancel = counter('PRE_FULFILLMENT_CANCEL_RATE');
  const vtr = counter('VALID_TRACKING_RATE');
  const otdr = counter('ON_TIME_DELIVERY_RATE');
  const basis = thresholds.amazon.lateShipmentDateBasis;
  const seen = new Set<string>();

  for (const order of orders) {
    if (order.fulfillmentChannel !== 'MFN' || order.purchasedAt > asOf || seen.has(order.orderId)) continue;
    seen.add(order.orderId);

    // LSR: total MFN orders in the window; late = confirmed after the ship-by date (§1.2).
    const lsrAt = lsrDate(order, basis);
    const inLsr10 = inWindow(lsrAt, lsr10.window);
    const inLsr30 = inWindow(lsrAt, lsr30.window);
    if (inLsr10 || inLsr30) {
      const late = isLateShipment(order, asOf) ? 1 : 0;
      for (const [c, included] of [[lsr10, inLsr10], [lsr30, inLsr30]] as const) {
        if (!included) continue;
        c.denominator++;
        c.numerator += late;
      }
    }

    // CR: seller cancels ÷ orders, 7 days by order date (§1.2).
    if (inWindow(order.purchasedAt, cancel.window)) {
      cancel.denominator++;
      if (isSellerCancellation(order, asOf)) cancel.numerator++;
    }

    // VTR and OTDR select shipped packages by promised delivery date (§1.2).
    const shipped = happened(order.shipConfirmedAt, asOf) && !isCancelled(order, asOf);
    if (!shipped) continue;
    if (inWindow(order.promisedDeliveryAt, vtr.window)) {
      vtr.denominator++;
      if (order.hasValidTracking) vtr.numerator++;
    }
    // OTDR's denominator is packages with valid tracking (§1.2).
    if (order.hasValidTracking && inWindow(order.promisedDeliveryAt, otdr.window)) {
      otdr.denominator++;
      if (isDeliveredOnTime(order, asOf)) otdr.numerator++;
    }
  }

  const result = (c: Counter): MetricResult =>
    buildMetricResult({
      key: c.key,
      marketplace: 'AMAZON',
      fulfillmentChannel: 'MFN',
      numerator: c.numerator,
      denominator: c.denominator,
      window: c.window,
      policy: c.policy,
    });
  return {
    lateShipmentRate10d: result(lsr10),
    lateShipmentRate30d: result(lsr30),
    preFulfillmentCancelRate: result(cancel),
    validTrackingRate: result(vtr),
    onTimeDeliveryRate: result(otdr),
  };
}
