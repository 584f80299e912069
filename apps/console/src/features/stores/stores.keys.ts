/** Query keys for stores, always under the organisation so a socket event can invalidate by prefix. */
export const storesKeys = {
  all: (organizationId: string) => ['org', organizationId, 'stores'] as const,
  list: (organizationId: string) => [...storesKeys.all(organizationId), 'list'] as const,
};
