/** The organisation's users (assignee picker, names in the timeline). */
export const usersKeys = {
  all: (organizationId: string) => ['org', organizationId, 'users'] as const,
  list: (organizationId: string) => [...usersKeys.all(organizationId), 'list'] as const,
};
