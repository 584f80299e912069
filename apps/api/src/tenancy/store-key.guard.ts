import { applyDecorators, createParamDecorator, Injectable, UnauthorizedException, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Public } from '../common/decorators';
import { StoreApiKeyService, type StoreCaller } from './store-api-key.service';

interface KeyedRequest {
  headers: Record<string, string | string[] | undefined>;
  storeCaller?: StoreCaller;
}

/** REST routes for connectors: `Authorization: Bearer lk_…` or `X-Api-Key: lk_…`, one store per key. */
@Injectable()
export class StoreKeyGuard implements CanActivate {
  constructor(private readonly keys: StoreApiKeyService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<KeyedRequest>();
    const header = req.headers['x-api-key'] ?? req.headers['authorization'];
    const raw = (Array.isArray(header) ? header[0] : header)?.replace(/^Bearer\s+/i, '').trim();
    const caller = raw ? await this.keys.authenticate(raw) : null;
    if (!caller) throw new UnauthorizedException('A valid store API key is required (Authorization: Bearer lk_…).');
    req.storeCaller = caller;
    return true;
  }
}

/** Marks a REST route as authenticated by a store API key instead of a user session. */
export const StoreKeyAuth = () => applyDecorators(Public(), UseGuards(StoreKeyGuard));

export const CurrentStore = createParamDecorator((_data: unknown, context: ExecutionContext): StoreCaller => {
  const caller = context.switchToHttp().getRequest<KeyedRequest>().storeCaller;
  if (!caller) throw new UnauthorizedException();
  return caller;
});
