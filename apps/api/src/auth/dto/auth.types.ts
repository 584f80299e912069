import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Short-lived JWT for the Authorization header and the socket handshake.' })
  token!: string;

  @Field(() => String, { description: 'Opaque token for refreshSession; rotated on every use.' })
  refreshToken!: string;

  @Field(() => Date, { description: 'When `token` expires.' })
  expiresAt!: Date;
}
