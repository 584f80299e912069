import { dueAt } from './business-time';
import { days, hours } from './duration';
import { SLA_TARGET_DEFAULTS } from './sla-defaults';
import { warningAt } from './warning-point';

describe('SLA_TARGET_DEFAULTS', () => {
  it('holds the DOMAIN.md targets', () => {
    expect(SLA_TARGET_DEFAULTS.amazonBuyerMessage.target).toBe(hours(24));
    expect(SLA_TARGET_DEFAULTS.amazonAtoZInformationRequest.target).toBe(hours(48));
    expect(SLA_TARGET_DEFAULTS.amazonChargeback.target).toBe(days(7));
    expect(SLA_TARGET_DEFAULTS.amazonReturnRequest.target).toBe(hours(48));
  });

  it('counts a buyer message over a weekend: Saturday 10:00 is due Sunday 10:00, warning Sunday 04:00', () => {
    const { target, calendar, warning } = SLA_TARGET_DEFAULTS.amazonBuyerMessage;
    const saturday = Date.parse('2026-06-13T10:00:00Z');
    expect(dueAt(calendar, saturday, target)).toBe(Date.parse('2026-06-14T10:00:00Z'));
    expect(warningAt(calendar, saturday, target, warning)).toBe(Date.parse('2026-06-14T04:00:00Z'));
  });
});
