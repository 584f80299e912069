import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@ObjectType('StoreApiKey')
export class StoreApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  storeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  prefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}

@ObjectType('CreatedStoreApiKey')
export class CreatedStoreApiKey {
  @Field(() => String, { description: 'The key itself: shown once, store it now.' })
  key!: string;

  @Field(() => StoreApiKeyType)
  apiKey!: StoreApiKeyType;
}

@InputType()
export class CreateStoreApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'storeId must be a store id' })
  storeId!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 80, { message: 'name must be 1 to 80 characters' })
  name!: string;
}
