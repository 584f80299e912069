import { DAY_MS } from '../health/metric';
import { DEFAULT_PII_RETENTION_DAYS, isPiiDue, orderPiiPurgeAt, ticketPiiPurgeAt } from './pii-retention';

const at = (iso: string) => Date.parse(iso);

describe('buyer PII retention (DOMAIN.md §5)', () => {
  it('purges 30 days after delivery', () => {
    const purge = orderPiiPurgeAt({ deliveredAt: at('2026-10-01T12:00:00Z'), latestDeliveryAt: at('2026-10-05T00:00:00Z'), cancelledAt: null });
    expect(purge).toBe(at('2026-10-31T12:00:00Z'));
    expect(DEFAULT_PII_RETENTION_DAYS).toBe(30);
  });

  it('falls back to the latest delivery date, then to the cancellation', () => {
    expect(orderPiiPurgeAt({ deliveredAt: null, latestDeliveryAt: at('2026-10-05T00:00:00Z'), cancelledAt: null })).toBe(at('2026-11-04T00:00:00Z'));
    expect(orderPiiPurgeAt({ deliveredAt: null, latestDeliveryAt: null, cancelledAt: at('2026-10-01T00:00:00Z') })).toBe(at('2026-10-31T00:00:00Z'));
  });

  it('keeps an order without any delivery or cancellation date', () => {
    expect(orderPiiPurgeAt({ deliveredAt: null, latestDeliveryAt: null, cancelledAt: null })).toBeNull();
    expect(isPiiDue(null, Date.now())).toBe(false);
  });

  it('honours a shorter configured retention', () => {
    expect(orderPiiPurgeAt({ deliveredAt: 0, latestDeliveryAt: null, cancelledAt: null }, 7)).toBe(7 * DAY_MS);
  });

  it('never purges an open case', () => {
    expect(ticketPiiPurgeAt({ open: true, lastMessageAt: 0, orderPurgeAt: 0, hasOrder: true })).toBeNull();
  });

  it('keeps a closed ticket until both its order clock and its own last message are 30 days old', () => {
    const orderPurgeAt = at('2026-10-31T00:00:00Z');
    expect(ticketPiiPurgeAt({ open: false, lastMessageAt: at('2026-10-20T00:00:00Z'), orderPurgeAt, hasOrder: true })).toBe(at('2026-11-19T00:00:00Z'));
    expect(ticketPiiPurgeAt({ open: false, lastMessageAt: at('2026-09-01T00:00:00Z'), orderPurgeAt, hasOrder: true })).toBe(orderPurgeAt);
  });

  it('keeps a ticket whose order has no delivery date yet', () => {
    expect(ticketPiiPurgeAt({ open: false, lastMessageAt: 0, orderPurgeAt: null, hasOrder: true })).toBeNull();
  });

  it('purges a closed pre-sale question 30 days after its last message', () => {
    expect(ticketPiiPurgeAt({ open: false, lastMessageAt: at('2026-10-01T00:00:00Z'), orderPurgeAt: null, hasOrder: false })).toBe(at('2026-10-31T00:00:00Z'));
  });

  it('is due exactly at the purge time', () => {
    expect(isPiiDue(1000, 999)).toBe(false);
    expect(isPiiDue(1000, 1000)).toBe(true);
  });
});
