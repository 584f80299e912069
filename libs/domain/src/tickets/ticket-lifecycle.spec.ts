import { TICKET_STATUSES, canTransitionTicket, isOpenTicketStatus, nextTicketStatuses } from './ticket-lifecycle';

describe('ticket statuses', () => {
  it('counts new, open and waiting-on-buyer tickets as open', () => {
    expect(TICKET_STATUSES.filter(isOpenTicketStatus)).toEqual(['NEW', 'OPEN', 'WAITING_ON_BUYER']);
  });

  it('reopens a closed ticket when the buyer writes again', () => {
    expect(canTransitionTicket('CLOSED', 'OPEN')).toBe(true);
    expect(canTransitionTicket('RESOLVED', 'OPEN')).toBe(true);
  });

  it('never goes back to NEW and never "changes" to the same status', () => {
    for (const status of TICKET_STATUSES) {
      expect(canTransitionTicket(status, 'NEW')).toBe(false);
      expect(canTransitionTicket(status, status)).toBe(false);
    }
  });

  it('lists the statuses each status may move to', () => {
    expect(nextTicketStatuses('NEW')).toEqual(['OPEN', 'WAITING_ON_BUYER', 'RESOLVED', 'CLOSED']);
    expect(nextTicketStatuses('WAITING_ON_BUYER')).toEqual(['OPEN', 'RESOLVED', 'CLOSED']);
    expect(nextTicketStatuses('RESOLVED')).toEqual(['OPEN', 'CLOSED']);
    expect(nextTicketStatuses('CLOSED')).toEqual(['OPEN']);
  });

  it('does not let a closed ticket be resolved or parked without reopening', () => {
    expect(canTransitionTicket('CLOSED', 'RESOLVED')).toBe(false);
    expect(canTransitionTicket('CLOSED', 'WAITING_ON_BUYER')).toBe(false);
  });
});
