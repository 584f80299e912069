import { formatMinorAsDecimal, isCurrencyCode, RISK_REASON_CODES, type RiskSettings } from '@lifeline/domain';
import type { OrderRiskType, RiskSettingsType } from './dto/risk.types';
import type { OrderRiskEntity } from './entities/order-risk.entity';

export const toOrderRiskType = (r: OrderRiskEntity): OrderRiskType => ({
  id: r.id,
  organizationId: r.organizationId,
  storeId: r.storeId,
  marketplaceOrderId: r.marketplaceOrderId,
  score: r.score,
  reasons: r.reasons.map((x) => ({ code: x.code, weight: Math.round(x.weight), points: x.points, detail: x.detail, params: { ...x.params } })),
  nextDeadline: r.nextDeadline,
  nextDeadlineKind: r.nextDeadlineKind,
  inPool: r.inPool,
  language: r.language,
  orderValue: r.currency && isCurrencyCode(r.currency) ? formatMinorAsDecimal(r.orderValueMinor, r.currency) : '0',
  currency: r.currency,
  claimedById: r.claimedBy,
  claimedAt: r.claimedAt,
  resolvedAt: r.resolvedAt,
  resolvedById: r.resolvedBy,
  resolutionNote: r.resolutionNote,
  computedAt: r.computedAt,
  version: r.version,
  orderValueMinor: r.orderValueMinor,
});

export const toRiskSettingsType = (s: RiskSettings, version: number, updatedAt: Date | null): RiskSettingsType => ({
  threshold: s.threshold,
  weights: RISK_REASON_CODES.map((code) => ({ code, weight: s.weights[code] })),
  orderValueBands: Object.entries(s.orderValueBands).map(([currency, bands]) => ({
    currency,
    bands: bands.map((b) => ({ from: formatMinorAsDecimal(b.fromMinor, currency), share: b.share })),
  })),
  trackingScanGraceHours: s.trackingScanGraceHours,
  returnHandlingHours: s.returnHandlingHours,
  repeatedContactsCount: s.repeatedContacts.count,
  repeatedContactsWithinHours: s.repeatedContacts.withinHours,
  overdueFullAfterDays: s.overdueFullAfterDays,
  aToZResponseHours: s.deadlines.aToZResponseHours,
  chargebackResponseDays: s.deadlines.chargebackResponseDays,
  returnResponseHours: s.deadlines.returnResponseHours,
  buyerMessageResponseHours: s.deadlines.buyerMessageResponseHours,
  version,
  updatedAt,
});
