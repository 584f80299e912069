import { TICKET_PRIORITY_RANK, compareTicketUrgency, ticketUrgencyKey, type TicketUrgencyFacts } from './urgency';

const HOUR = 3_600_000;
const t = (name: string, facts: TicketUrgencyFacts) => ({ name, ...facts });

describe('ticket urgency', () => {
  it('ranks priorities in increasing order of urgency', () => {
    expect(TICKET_PRIORITY_RANK.LOW).toBeLessThan(TICKET_PRIORITY_RANK.NORMAL);
    expect(TICKET_PRIORITY_RANK.NORMAL).toBeLessThan(TICKET_PRIORITY_RANK.HIGH);
    expect(TICKET_PRIORITY_RANK.HIGH).toBeLessThan(TICKET_PRIORITY_RANK.URGENT);
  });

  it('orders a queue: priority first, then nearest SLA due time (none last), then oldest', () => {
    const tickets = [
      t('normal, no clock, old', { priority: 'NORMAL', slaDueAt: null, createdAt: 0 }),
      t('normal, due in 5 h', { priority: 'NORMAL', slaDueAt: 5 * HOUR, createdAt: 3 * HOUR }),
      t('urgent, due in 20 h', { priority: 'URGENT', slaDueAt: 20 * HOUR, createdAt: 4 * HOUR }),
      t('normal, due in 2 h, newer', { priority: 'NORMAL', slaDueAt: 2 * HOUR, createdAt: 2 * HOUR }),
      t('normal, due in 2 h, older', { priority: 'NORMAL', slaDueAt: 2 * HOUR, createdAt: 1 * HOUR }),
      t('low, due now', { priority: 'LOW', slaDueAt: 0, createdAt: 0 }),
    ];
    expect([...tickets].sort(compareTicketUrgency).map((ticket) => ticket.name)).toEqual([
      'urgent, due in 20 h',
      'normal, due in 2 h, older',
      'normal, due in 2 h, newer',
      'normal, due in 5 h',
      'normal, no clock, old',
      'low, due now',
    ]);
  });

  it('gives a key that sorts ascending in the same order', () => {
    expect(ticketUrgencyKey({ priority: 'HIGH', slaDueAt: null, createdAt: 7 })).toEqual([-30, Number.POSITIVE_INFINITY, 7]);
  });
});
