import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleAtLeast, type Role } from '@lifeline/domain';
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
    const req = requestOf(context);
    const header = req.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    const match = value?.match(/^Bearer\s+(\S+)$/i);
    if (!match) throw unauthenticated();
    const user = await this.auth.verify(match[1]!);
    req.user = user;
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (required && !roleAtLeast(user.role, required)) throw forbidden();
    return true;
  }
}
