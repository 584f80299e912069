import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/decorators';
import { AuthPayload } from './dto/auth.types';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  login(@Args('email', { type: () => String }) email: string, @Args('password', { type: () => String }) password: string): Promise<AuthPayload> {
    return this.auth.login(email, password);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Trades a refresh token for a new token pair; the old refresh token stops working.' })
  refreshSession(@Args('refreshToken', { type: () => String }) refreshToken: string): Promise<AuthPayload> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token.' })
  logout(@Args('refreshToken', { type: () => String }) refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }
}
