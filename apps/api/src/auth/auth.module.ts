import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.tokens';
import type { AppConfig } from '../config/config.schema';
import { TenancyModule } from '../tenancy/tenancy.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';

@Module({
  imports: [
    TenancyModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A KeyObject built once: given a string, jsonwebtoken first tries to parse it as a public key on
        // every verify (crypto.createPublicKey), which cost a fifth of the CPU of each request.
        const key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
        return { secretOrKeyProvider: () => key, signOptions: { issuer: 'lifeline' }, verifyOptions: { issuer: 'lifeline' } };
      },
    }),
  ],
  providers: [AuthService, AuthResolver, PasswordHasher, SessionRepository],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
