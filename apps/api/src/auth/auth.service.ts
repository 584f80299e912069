import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ROLES, type Role } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { unauthenticated } from '../common/errors';
import { APP_CONFIG } from '../config/config.tokens';
import type { AppConfig } from '../config/config.schema';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type { AuthPayload } from './dto/auth.types';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';

interface AccessClaims {
  sub: string;
  org: string;
  role: Role;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly tenancy: TenancyRepository,
    private readonly sessions: SessionRepository,
  ) {}

  /** One message for an unknown e-mail, a wrong password or a disabled user: nothing leaks. */
  async login(email: string, password: string): Promise<AuthPayload> {
    const user = await this.tenancy.userByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok || !user.isActive) throw unauthenticated('Invalid e-mail or password.');
    return this.issue({ userId: user.id, organizationId: user.organizationId, role: user.role });
  }

  async refresh(refreshToken: string): Promise<AuthPayload> {
    const session = await this.sessions.revokeLive(sha256(refreshToken));
    if (!session) throw unauthenticated('Your session has ended. Sign in again.');
    const user = await this.tenancy.user(session.organizationId, session.userId);
    if (!user || !user.isActive) throw unauthenticated('Your session has ended. Sign in again.');
    return this.issue({ userId: user.id, organizationId: user.organizationId, role: user.role });
  }

  async logout(refreshToken: string): Promise<boolean> {
    return (await this.sessions.revokeLive(sha256(refreshToken))) !== null;
  }

  /** Verifies an access token; throws UNAUTHENTICATED for an expired, forged or malformed one. */
  async verify(token: string): Promise<AuthUser> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims & object>(token, { algorithms: ['HS256'] });
    } catch (e) {
      const expired = e instanceof Error && e.name === 'TokenExpiredError';
      throw unauthenticated(expired ? 'Your session has expired. Sign in again.' : 'The access token is not valid.');
    }
    if (typeof claims.sub !== 'string' || typeof claims.org !== 'string' || !(ROLES as readonly string[]).includes(claims.role)) {
      throw unauthenticated('The access token is not valid.');
    }
    return { userId: claims.sub, organizationId: claims.org, role: claims.role };
  }

  private async issue(user: AuthUser): Promise<AuthPayload> {
    const ttl = this.config.JWT_TTL_SECONDS;
    const token = await this.jwt.signAsync(
      { sub: user.userId, org: user.organizationId, role: user.role } satisfies AccessClaims,
      { expiresIn: ttl, algorithm: 'HS256' },
    );
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpires = new Date(Date.now() + this.config.REFRESH_TTL_DAYS * 86_400_000);
    await this.sessions.create(user.organizationId, user.userId, sha256(refreshToken), refreshExpires);
    return { token, refreshToken, expiresAt: new Date(Date.now() + ttl * 1000) };
  }
}
