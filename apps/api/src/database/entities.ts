import { SessionEntity } from '../auth/entities/session.entity';
import { OutboxEventEntity } from '../realtime/entities/outbox-event.entity';
import { StoreApiKeyEntity } from '../tenancy/entities/store-api-key.entity';
import { OrganizationEntity } from '../tenancy/entities/organization.entity';
import { StoreEntity } from '../tenancy/entities/store.entity';
import { UserEntity } from '../tenancy/entities/user.entity';

/** Every TypeORM entity; the migrations must produce exactly this schema (checked by a test). */
export const ENTITIES = [OrganizationEntity, StoreEntity, UserEntity, SessionEntity, OutboxEventEntity, StoreApiKeyEntity];
