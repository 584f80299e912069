/** Query keys for compensation, always under the organisation so a socket event can invalidate by prefix. */
export const compensationKeys = {
  all: (organizationId: string) => ['org', organizationId, 'compensation'] as const,
  /** A ticket's actions and its limit hints: one prefix, so a change on the ticket refreshes both. */
  ticket: (organizationId: string, ticketId: string) => [...compensationKeys.all(organizationId), 'ticket', ticketId] as const,
  actions: (organizationId: string, ticketId: string) => [...compensationKeys.ticket(organizationId, ticketId), 'actions'] as const,
  headroom: (organizationId: string, ticketId: string, currency: string | null) => [...compensationKeys.ticket(organizationId, ticketId), 'headroom', currency] as const,
  approvals: (organizationId: string) => [...compensationKeys.all(organizationId), 'approvals'] as const,
  approvalsOf: (organizationId: string, storeId: string | null) => [...compensationKeys.approvals(organizationId), storeId] as const,
  reports: (organizationId: string) => [...compensationKeys.all(organizationId), 'report'] as const,
  report: (organizationId: string, storeId: string | null, from: string, to: string) => [...compensationKeys.reports(organizationId), storeId, from, to] as const,
  limits: (organizationId: string) => [...compensationKeys.all(organizationId), 'limits'] as const,
};
