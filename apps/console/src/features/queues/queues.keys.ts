/** Queues with their counts and the open tickets per language: one query, refreshed by every ticket event. */
export const queuesKeys = {
  all: (organizationId: string) => ['org', organizationId, 'queues'] as const,
};
