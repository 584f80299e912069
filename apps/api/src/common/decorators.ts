import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@lifeline/domain';
import type { AuthUser } from './auth-user';
import { unauthenticated } from './errors';

export const IS_PUBLIC = 'lifeline:isPublic';
export const REQUIRED_ROLE = 'lifeline:requiredRole';

/** Marks a root field or route as reachable without a session; everything else is guarded. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The least role allowed (admins may do what supervisors may, supervisors what agents may). */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

export function requestOf(context: ExecutionContext): { user?: AuthUser; headers: Record<string, string | string[] | undefined> } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw unauthenticated();
  return user;
});
