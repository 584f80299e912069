import { Injectable } from '@nestjs/common';
import {
  averageResponseTime,
  computeLateResponseRates,
  DAY_MS,
  DEFAULT_HEALTH_THRESHOLDS,
  type MetricResult,
} from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { notFound } from '../common/errors';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type { LateResponseRateType, LateResponseWindowType } from './dto/sla.types';
import { SlaRepository } from './sla.repository';

/**
 * Amazon's late response rate for a store, exactly as DOMAIN.md §1.3 and §6 define it: per buyer message,
 * received time to the seller's first reply that is not an auto-reply, 24 calendar hours, messages marked
 * "no response needed" left out, still-unanswered messages late once their 24 hours have passed; windows of
 * 7, 30 and 90 days. Computed from the messages (not the SLA clocks) by libs/domain's
 * computeLateResponseRates, as of the database's now().
 */
@Injectable()
export class LateResponseRateService {
  constructor(
    private readonly repo: SlaRepository,
    private readonly tenancy: TenancyRepository,
  ) {}

  async forStore(auth: AuthUser, storeId: string): Promise<LateResponseRateType> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
    const asOf = await this.repo.now();
    const thresholds = DEFAULT_HEALTH_THRESHOLDS;
    const longest = Math.max(...(['LATE_RESPONSE_RATE_7D', 'LATE_RESPONSE_RATE_30D', 'LATE_RESPONSE_RATE_90D'] as const).map((k) => (thresholds.metrics[k].windowDays ?? 0) + thresholds.metrics[k].lagDays));
    const messages = await this.repo.buyerMessageFacts(auth.organizationId, storeId, new Date(asOf.getTime() - longest * DAY_MS));
    const rates = computeLateResponseRates(messages, { asOf: asOf.getTime(), thresholds });
    const window = (days: number, metric: MetricResult): LateResponseWindowType => {
      const average = averageResponseTime(messages, { start: metric.windowStart, end: metric.windowEnd }, asOf.getTime());
      return {
        days,
        rate: metric.value,
        lateCount: metric.numerator,
        messageCount: metric.denominator,
        status: metric.status,
        warningAt: metric.warningAt,
        redLine: metric.redLine,
        averageResponseSeconds: average === null ? null : average / 1000,
        windowStart: new Date(metric.windowStart),
        windowEnd: new Date(metric.windowEnd),
      };
    };
    return {
      storeId,
      asOf,
      responseHours: thresholds.amazon.responseHours,
      last7Days: window(7, rates.lateResponseRate7d),
      last30Days: window(30, rates.lateResponseRate30d),
      last90Days: window(90, rates.lateResponseRate90d),
    };
  }
}
