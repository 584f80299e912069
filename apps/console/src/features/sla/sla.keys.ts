/** Query keys for SLA settings, always under the organisation. */
export const slaKeys = {
  all: (organizationId: string) => ['org', organizationId, 'sla'] as const,
  policies: (organizationId: string) => [...slaKeys.all(organizationId), 'policies'] as const,
  calendars: (organizationId: string) => [...slaKeys.all(organizationId), 'calendars'] as const,
};
