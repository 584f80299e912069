import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  applyAmazonTarget,
  buildMetricResult,
  compareWithAmazon,
  computeCustomerServiceDissatisfactionRate,
  computeLateResponseRates,
  computeReturnDissatisfactionRate,
  computeEbayFeedback,
  computeEbaySellerStandards,
  computeShippingMetrics,
  DAY_MS,
  DEFAULT_HEALTH_THRESHOLDS,
  ebaySellerLevel,
  forecastOrderDefectRate,
  resolveHealthThresholds,
  thresholdsOf,
  policyWindow,
  type AmazonComparison,
  type ChannelScope,
  type EbayLevelShortfall,
  type EbaySellerLevel,
  type EpochMs,
  type HealthContext,
  type HealthThresholds,
  type MetricKey,
  type MetricResult,
  type RateForecastPoint,
} from '@lifeline/domain';
import type { AmazonFigureRecord } from './entities/amazon-performance-report.entity';
import { EbayRepository } from '../ebay/ebay.repository';
import { SlaRepository } from '../sla/sla.repository';
import { HealthRepository, type OdrTally } from './health.repository';

/**
 * Groups of metrics that read the same facts; a change recomputes only the groups it can move: Amazon's
 * three, or eBay's seller standards and feedback (DOMAIN.md §3).
 */
export type MetricFamily = 'ODR' | 'SHIPPING' | 'CUSTOMER_SERVICE' | 'EBAY';
export const ALL_FAMILIES: readonly MetricFamily[] = ['ODR', 'SHIPPING', 'CUSTOMER_SERVICE', 'EBAY'];

/** eBay's standing: the metrics, the seller level with what holds it back, and the feedback counts. */
export interface EbayStanding {
  metrics: MetricResult[];
  level: EbaySellerLevel;
  shortfalls: EbayLevelShortfall[];
  lookbackMonths: number;
  feedbackScore: number;
  positiveCount: number;
  neutralCount: number;
  negativeCount: number;
}

/** Lifeline's figure with Amazon's beside it, when a performance report was imported. */
export interface HealthFigure extends MetricResult {
  amazon: (AmazonFigureRecord & { comparison: AmazonComparison }) | null;
}

export interface ForecastFigure {
  key: MetricKey;
  fulfillmentChannel: ChannelScope;
  points: RateForecastPoint[];
}

/**
 * Computes a store's Amazon metrics with the libs/domain formulas. Only the ODR counts come from SQL (a
 * million orders do not travel to Node); every other metric runs the domain function on loaded facts.
 */
@Injectable()
export class HealthMetricsService {
  constructor(
    private readonly repo: HealthRepository,
    private readonly messages: SlaRepository,
    private readonly ebayData: EbayRepository,
  ) {}

  /** The store's lines: DOMAIN.md's defaults with the store's own edits laid over them. */
  async thresholds(manager: EntityManager, organizationId: string, storeId: string): Promise<HealthThresholds> {
    const { overrides } = await this.repo.thresholdSettings(manager, organizationId, storeId);
    return resolveHealthThresholds(overrides, DEFAULT_HEALTH_THRESHOLDS);
  }

  async compute(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    asOf: EpochMs,
    families: readonly MetricFamily[] = ALL_FAMILIES,
  ): Promise<HealthFigure[]> {
    return (await this.computeWithStanding(manager, organizationId, storeId, asOf, families)).figures;
  }

  /** The figures, and for an eBay store its seller level and feedback score from the same facts (one read). */
  async computeWithStanding(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    asOf: EpochMs,
    families: readonly MetricFamily[] = ALL_FAMILIES,
  ): Promise<{ figures: HealthFigure[]; ebay: Omit<EbayStanding, 'metrics'> | null }> {
    const marketplace = (await this.repo.store(manager, organizationId, storeId))?.marketplace;
    if (marketplace === 'EBAY') {
      if (!families.includes('EBAY')) return { figures: [], ebay: null };
      const thresholds = await this.thresholds(manager, organizationId, storeId);
      const { metrics, ...standing } = await this.ebay(manager, organizationId, storeId, { asOf, thresholds });
      return { figures: metrics.map((r) => withAmazonFigure(r, [])), ebay: standing };
    }
    // AliExpress stores need their own facts (ratings, disputes, DOMAIN.md §4): not imported yet.
    if (marketplace !== 'AMAZON') return { figures: [], ebay: null };
    return { figures: await this.amazon(manager, organizationId, storeId, asOf, families), ebay: null };
  }

  private async amazon(manager: EntityManager, organizationId: string, storeId: string, asOf: EpochMs, families: readonly MetricFamily[]): Promise<HealthFigure[]> {
    const thresholds = await this.thresholds(manager, organizationId, storeId);
    const ctx: HealthContext = { asOf, thresholds };
    const results: MetricResult[] = [];
    if (families.includes('ODR')) results.push(...(await this.odr(manager, organizationId, storeId, ctx, thresholds)));
    if (families.includes('SHIPPING')) {
      const keys = ['LATE_SHIPMENT_RATE_10D', 'LATE_SHIPMENT_RATE_30D', 'PRE_FULFILLMENT_CANCEL_RATE', 'VALID_TRACKING_RATE', 'ON_TIME_DELIVERY_RATE'] as const;
      const from = Math.min(...keys.map((k) => policyWindow(asOf, thresholds.metrics[k]).start));
      const shipping = computeShippingMetrics(await this.repo.shippingFacts(manager, organizationId, storeId, from, asOf), ctx);
      results.push(
        shipping.lateShipmentRate10d,
        shipping.lateShipmentRate30d,
        shipping.preFulfillmentCancelRate,
        shipping.validTrackingRate,
        shipping.onTimeDeliveryRate,
      );
    }
    if (families.includes('CUSTOMER_SERVICE')) {
      // Per buyer message from the tickets' messages (DOMAIN.md §1.3); CSDR survey votes are not imported
      // yet, so that metric shows no volume rather than a made-up figure.
      const keys = ['LATE_RESPONSE_RATE_7D', 'LATE_RESPONSE_RATE_30D', 'LATE_RESPONSE_RATE_90D'] as const;
      const since = Math.min(...keys.map((k) => policyWindow(asOf, thresholds.metrics[k]).start));
      const late = computeLateResponseRates(await this.messages.buyerMessageFacts(organizationId, storeId, new Date(since), manager), ctx);
      results.push(late.lateResponseRate7d, late.lateResponseRate30d, late.lateResponseRate90d);
      const rdrWindow = policyWindow(asOf, thresholds.metrics.RETURN_DISSATISFACTION_RATE);
      results.push(computeReturnDissatisfactionRate(await this.repo.returnFacts(manager, organizationId, storeId, rdrWindow), ctx));
      results.push(computeCustomerServiceDissatisfactionRate([], ctx));
    }
    const report = await this.repo.latestPerformanceReport(manager, organizationId, storeId);
    return results.map((r) => withAmazonFigure(r, report?.figures ?? []));
  }

  /**
   * ODR and its components for MFN, AFN and both (DOMAIN.md §1.1): the same window, policies and
   * `buildMetricResult` as `computeOrderDefectRate`, over counts taken in SQL.
   */
  private async odr(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    ctx: HealthContext,
    thresholds: HealthThresholds,
  ): Promise<MetricResult[]> {
    const window = policyWindow(ctx.asOf, thresholds.metrics.ORDER_DEFECT_RATE);
    const t = await this.repo.odrTallies(manager, organizationId, storeId, window, ctx.asOf, thresholds.amazon.negativeFeedbackMaxStars);
    const all: OdrTally = {
      orders: t.MFN.orders + t.AFN.orders,
      defective: t.MFN.defective + t.AFN.defective,
      negativeFeedback: t.MFN.negativeFeedback + t.AFN.negativeFeedback,
      aToZ: t.MFN.aToZ + t.AFN.aToZ,
      chargeback: t.MFN.chargeback + t.AFN.chargeback,
    };
    const out: MetricResult[] = [];
    for (const [channel, tally] of [['ALL', all], ['MFN', t.MFN], ['AFN', t.AFN]] as const) {
      const metric = (key: MetricKey, numerator: number) =>
        buildMetricResult({
          key,
          marketplace: 'AMAZON',
          fulfillmentChannel: channel,
          numerator,
          denominator: tally.orders,
          window,
          policy: thresholds.metrics[key],
        });
      out.push(
        metric('ORDER_DEFECT_RATE', tally.defective),
        metric('NEGATIVE_FEEDBACK_RATE', tally.negativeFeedback),
        metric('A_TO_Z_CLAIM_RATE', tally.aToZ),
        metric('CHARGEBACK_RATE', tally.chargeback),
      );
    }
    return out;
  }

  /**
   * eBay's seller standards as if evaluated now (eBay's PROJECTED cycle, DOMAIN.md §3) over the store's
   * transactions of the longest look-back, the feedback score and Positive Feedback %, and the seller level.
   */
  private async ebay(manager: EntityManager, organizationId: string, storeId: string, ctx: HealthContext): Promise<EbayStanding> {
    const since = ctx.asOf - (thresholdsOf(ctx).ebay.longLookbackMonths * 31 + 1) * DAY_MS;
    const [transactions, feedback, firstAt] = await Promise.all([
      this.ebayData.transactionFacts(manager, organizationId, storeId, since),
      this.ebayData.feedbackFacts(manager, organizationId, storeId),
      this.ebayData.firstTransactionAt(manager, organizationId, storeId),
    ]);
    const standards = computeEbaySellerStandards(transactions, ctx);
    const summary = computeEbayFeedback(feedback, ctx);
    const level = ebaySellerLevel(standards, { activeSince: firstAt ?? ctx.asOf }, ctx);
    return {
      metrics: [
        standards.transactionDefectRate,
        standards.casesClosedWithoutSellerResolution,
        standards.lateShipmentRate,
        standards.trackingUploadedOnTimeRate,
        summary.positiveFeedbackRate,
      ],
      level: level.level,
      shortfalls: level.shortfalls,
      lookbackMonths: standards.lookbackMonths,
      feedbackScore: summary.feedbackScore,
      positiveCount: summary.positiveCount,
      neutralCount: summary.neutralCount,
      negativeCount: summary.negativeCount,
    };
  }

  /** ODR in 7 and 14 days at the recent pace (libs/domain `forecastOrderDefectRate`), per channel. */
  async forecast(manager: EntityManager, organizationId: string, storeId: string, asOf: EpochMs): Promise<ForecastFigure[]> {
    const thresholds = await this.thresholds(manager, organizationId, storeId);
    const ctx: HealthContext = { asOf, thresholds };
    const window = policyWindow(asOf, thresholds.metrics.ORDER_DEFECT_RATE);
    const input = await this.repo.odrFacts(manager, organizationId, storeId, { start: window.start, end: asOf + 1 });
    return (['ALL', 'MFN', 'AFN'] as const).map((channel) => ({
      key: 'ORDER_DEFECT_RATE' as const,
      fulfillmentChannel: channel,
      points: forecastOrderDefectRate(input, ctx, channel),
    }));
  }
}

/**
 * Puts Amazon's figure beside Lifeline's and lets the report's target win over the default line
 * (DOMAIN.md "Lifeline's decisions", §2.1). Amazon reports ODR per channel only, so ALL has no figure.
 */
export function withAmazonFigure(result: MetricResult, figures: readonly AmazonFigureRecord[]): HealthFigure {
  const figure = figures.find(
    (f) => f.key === result.key && (f.fulfillmentChannel === null ? result.fulfillmentChannel !== 'ALL' : f.fulfillmentChannel === result.fulfillmentChannel),
  );
  if (!figure) return { ...result, amazon: null };
  const targeted =
    figure.targetValue !== null && figure.targetCondition !== null
      ? applyAmazonTarget(result, { targetValue: figure.targetValue, targetCondition: figure.targetCondition })
      : result;
  const comparison = compareWithAmazon(targeted, {
    rate: figure.rate,
    ...(figure.count !== null ? { count: figure.count } : {}),
    ...(figure.total !== null ? { total: figure.total } : {}),
  });
  return { ...targeted, amazon: { ...figure, comparison } };
}
