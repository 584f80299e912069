import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { METRIC_KEYS, type MetricKey, type MetricStatus } from '@lifeline/domain';
import { PageInfo } from '../../common/pagination';

export const HealthMetricKeyEnum = Object.fromEntries(METRIC_KEYS.map((k) => [k, k])) as Record<MetricKey, MetricKey>;
export const HealthStatusEnum = { OK: 'OK', WARNING: 'WARNING', BREACH: 'BREACH' } as const;
export const FulfillmentScopeEnum = { ALL: 'ALL', MFN: 'MFN', AFN: 'AFN' } as const;
export type FulfillmentScope = keyof typeof FulfillmentScopeEnum;
registerEnumType(HealthMetricKeyEnum, { name: 'HealthMetricKey' });
registerEnumType(HealthStatusEnum, { name: 'HealthStatus' });
registerEnumType(FulfillmentScopeEnum, { name: 'FulfillmentScope', description: 'MFN = seller-fulfilled, AFN = FBA, ALL = both.' });

@ObjectType('AmazonMetricFigure', { description: "Amazon's own figure from the last imported GET_V2_SELLER_PERFORMANCE_REPORT." })
export class AmazonMetricFigureType {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int, { nullable: true })
  numerator!: number | null;

  @Field(() => Int, { nullable: true })
  denominator!: number | null;

  @Field(() => String, { nullable: true, description: 'GOOD, BAD or NONE.' })
  status!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: 'GREATER_THAN, LESS_THAN or EQUALS.' })
  targetCondition!: string | null;

  @Field(() => Date, { nullable: true })
  windowStart!: Date | null;

  @Field(() => Date, { nullable: true })
  windowEnd!: Date | null;

  @Field(() => Float, { nullable: true, description: "Lifeline's value minus Amazon's." })
  difference!: number | null;
}

@ObjectType('HealthMetric')
export class HealthMetricType {
  @Field(() => HealthMetricKeyEnum)
  key!: MetricKey;

  @Field(() => FulfillmentScopeEnum, { nullable: true, description: 'null for metrics without a channel split.' })
  fulfillmentChannel!: FulfillmentScope | null;

  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator as a fraction; null without volume.' })
  value!: number | null;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Date)
  windowStart!: Date;

  @Field(() => Date, { description: 'Exclusive.' })
  windowEnd!: Date;

  @Field(() => Float, { nullable: true })
  warningAt!: number | null;

  @Field(() => Float, { nullable: true })
  redLine!: number | null;

  @Field(() => Boolean)
  higherIsBetter!: boolean;

  @Field(() => HealthStatusEnum)
  status!: MetricStatus;

  @Field(() => Int, { nullable: true, description: 'More defects the current volume absorbs before the red line.' })
  defectBudget!: number | null;

  @Field(() => AmazonMetricFigureType, { nullable: true })
  amazon!: AmazonMetricFigureType | null;
}

@ObjectType('HealthForecastPoint')
export class HealthForecastPointType {
  @Field(() => Int)
  horizonDays!: number;

  @Field(() => Date)
  windowStart!: Date;

  @Field(() => Date)
  windowEnd!: Date;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float)
  expectedNumerator!: number;

  @Field(() => Float)
  expectedDenominator!: number;

  @Field(() => HealthStatusEnum)
  status!: MetricStatus;
}

@ObjectType('HealthForecast', { description: 'Where a metric stands in 7 and 14 days if orders and defects keep their recent pace.' })
export class HealthForecastType {
  @Field(() => HealthMetricKeyEnum)
  key!: MetricKey;

  @Field(() => FulfillmentScopeEnum)
  fulfillmentChannel!: FulfillmentScope;

  @Field(() => [HealthForecastPointType])
  points!: HealthForecastPointType[];
}

export const EbaySellerLevelEnum = { TOP_RATED: 'TOP_RATED', ABOVE_STANDARD: 'ABOVE_STANDARD', BELOW_STANDARD: 'BELOW_STANDARD' } as const;
registerEnumType(EbaySellerLevelEnum, { name: 'EbaySellerLevel' });

@ObjectType('EbayStanding', { description: "eBay's seller level as if evaluated now (eBay's PROJECTED cycle), and the feedback score (DOMAIN.md §3)." })
export class EbayStandingType {
  @Field(() => EbaySellerLevelEnum)
  level!: keyof typeof EbaySellerLevelEnum;

  @Field(() => [String], { description: "Below Standard triggers, or what stands between the seller and Top Rated, in eBay's metric names." })
  shortfalls!: string[];

  @Field(() => Int, { description: '3 months with ≥ 400 transactions in them, otherwise 12.' })
  lookbackMonths!: number;

  @Field(() => Int, { description: 'Positive +1, negative −1, one per buyer per week, lifetime.' })
  feedbackScore!: number;

  @Field(() => Int)
  positiveCount!: number;

  @Field(() => Int)
  neutralCount!: number;

  @Field(() => Int)
  negativeCount!: number;
}

@ObjectType('AccountHealth')
export class AccountHealthType {
  @Field(() => ID)
  storeId!: string;

  @Field(() => Date)
  asOf!: Date;

  @Field(() => [HealthMetricType])
  metrics!: HealthMetricType[];

  @Field(() => String, { nullable: true, description: 'Latest account status notice: NORMAL, AT_RISK, DEACTIVATED …' })
  accountStatus!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the performance report shown beside the metrics was imported.' })
  amazonReportImportedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  amazonAccountHealthRating!: number | null;

  @Field(() => EbayStandingType, { nullable: true, description: 'eBay stores: the seller level and feedback score; null elsewhere.' })
  ebay!: EbayStandingType | null;
}

@ObjectType('HealthTrendPoint')
export class HealthTrendPointType {
  @Field(() => String, { description: 'UTC day, YYYY-MM-DD.' })
  day!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => HealthStatusEnum)
  status!: MetricStatus;

  @Field(() => Float, { nullable: true })
  warningAt!: number | null;

  @Field(() => Float, { nullable: true })
  redLine!: number | null;
}

@ObjectType('HealthAlert')
export class HealthAlertType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  storeId!: string;

  @Field(() => HealthMetricKeyEnum)
  key!: MetricKey;

  @Field(() => FulfillmentScopeEnum, { nullable: true })
  fulfillmentChannel!: FulfillmentScope | null;

  @Field(() => HealthStatusEnum, { description: 'WARNING or BREACH.' })
  level!: MetricStatus;

  @Field(() => HealthStatusEnum)
  previousStatus!: MetricStatus;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Float, { nullable: true })
  line!: number | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('HealthAlertEdge')
export class HealthAlertEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => HealthAlertType)
  node!: HealthAlertType;
}

@ObjectType('HealthAlertConnection')
export class HealthAlertConnection {
  @Field(() => [HealthAlertEdge])
  edges!: HealthAlertEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export const MetricOrderDefectEnum = {
  NEGATIVE_FEEDBACK: 'NEGATIVE_FEEDBACK',
  A_TO_Z_CLAIM: 'A_TO_Z_CLAIM',
  CHARGEBACK: 'CHARGEBACK',
  LATE_SHIPMENT: 'LATE_SHIPMENT',
  SELLER_CANCELLATION: 'SELLER_CANCELLATION',
} as const;
export type MetricOrderDefect = keyof typeof MetricOrderDefectEnum;
registerEnumType(MetricOrderDefectEnum, { name: 'MetricOrderDefect', description: 'Why an order counts in a metric numerator.' });

@ObjectType('MetricOrder', { description: "An order counted in a metric's numerator." })
export class MetricOrderType {
  @Field(() => String)
  marketplaceOrderId!: string;

  @Field(() => Date)
  purchasedAt!: Date;

  @Field(() => FulfillmentScopeEnum)
  fulfillmentChannel!: 'MFN' | 'AFN';

  @Field(() => [MetricOrderDefectEnum], { description: 'Every defect the order carries in this metric (ODR: one or more of its components).' })
  defects!: MetricOrderDefect[];

  @Field(() => [ID], { description: 'Tickets about this order, newest first.' })
  ticketIds!: string[];
}

@ObjectType('MetricOrderEdge')
export class MetricOrderEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => MetricOrderType)
  node!: MetricOrderType;
}

@ObjectType('MetricOrderConnection')
export class MetricOrderConnection {
  @Field(() => Boolean, { description: 'false: Lifeline does not list the orders behind this metric yet (the list is empty).' })
  supported!: boolean;

  @Field(() => [MetricOrderEdge])
  edges!: MetricOrderEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
