import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleAtLeast, type Role } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { IS_PUBLIC, REQUIRED_ROLE, requestOf } from '../common/decorators';
import { forbidden, unauthenticated } from '../common/errors';
import { AuthService } from './auth.service';

/**
 * Global guard: every root field and route needs a valid JWT unless marked @Public(); @RequireRole()
 * sets the least role (STYLE.md: a guard on every root field by default).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (context.getType() === 'ws') {
      // Sockets were authenticated at the handshake (realtime.gateway.ts); only the role is left to check.
      const user = context.switchToWs().getClient<{ data?: { user?: AuthUser } }>().data?.user;
      if (!user) throw unauthenticated();
      return !required || roleAtLeast(user.role, required);
    }
    const http = context.getType() === 'http';
    const req = requestOf(context);
    const header = req.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    const match = value?.match(/^Bearer\s+(\S+)$/i);
    // REST routes answer 401/403 with a JSON body; GraphQL fields carry the code in their errors.
    if (!match) throw http ? new UnauthorizedException(unauthenticated().message) : unauthenticated();
    const user = await this.auth.verify(match[1]!).catch((e: Error) => {
      throw http ? new UnauthorizedException(e.message) : e;
    });
    req.user = user;
    if (required && !roleAtLeast(user.role, required)) throw http ? new ForbiddenException(forbidden().message) : forbidden();
    return true;
  }
}
