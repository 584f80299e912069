/**
 * The signed-in user. The one key without an organisation id: it is the query that tells us which
 * organisation we are in. Every other key hangs under `['org', organizationId, ...]`.
 */
export const authKeys = {
  me: () => ['me'] as const,
};
