import type { Role } from '@lifeline/domain';

/** Who is calling: taken from a verified JWT; every query is scoped by `organizationId`. */
export interface AuthUser {
  userId: string;
  organizationId: string;
  role: Role;
}
